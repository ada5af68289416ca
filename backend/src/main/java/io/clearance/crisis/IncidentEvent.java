package io.clearance.crisis;

import java.time.Instant;

/**
 * Something happened to an incident: declared, closed, a publication held or released. The audit trail records
 * each one; {@code postId} is set for holds and releases, so they also show in the post's history.
 */
public record IncidentEvent(long incidentId, Type type, String actor, Long postId, IncidentStatus from,
		IncidentStatus to, String detail, Instant at) {

	public enum Type {
		DECLARED, CLOSED, HELD, RELEASED
	}
}
