/**
 * Security: who the caller is, the groups of DESIGN.md, Spring Security configuration, and the demo users.
 * Users and groups live in the engine's identity service (adapter in {@code io.clearance.process}).
 */
package io.clearance.security;
