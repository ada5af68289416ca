/** REST endpoints of publishing: connected platform accounts. */
package io.clearance.publishing.web;
