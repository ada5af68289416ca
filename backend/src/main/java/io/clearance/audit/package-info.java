/**
 * Audit: an append-only, hash-chained trail of every state change. It listens to domain events; nobody calls it
 * to write. Each entry carries the hash of the one before, so a changed or deleted entry breaks the chain.
 */
package io.clearance.audit;
