package io.clearance.modeler;

import java.time.Instant;

/**
 * A modeler deployed a new version of a process; the audit trail records it. {@code changes} summarises the element
 * ids added, removed and changed against the previous version.
 */
public record ProcessDeployed(String definitionId, String key, int version, String actor, String comment,
		String changes, Instant at) {
}
