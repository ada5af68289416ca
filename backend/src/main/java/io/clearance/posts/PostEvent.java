package io.clearance.posts;

import java.time.Instant;

/**
 * Something happened to a post: every state change and every decision is one event, and the audit trail
 * records each of them. {@code contentHash} identifies the exact content of the revision it concerns.
 */
public record PostEvent(long postId, Type type, String actor, int revision, String contentHash, PostStatus from,
		PostStatus to, String detail, Instant at) {

	public enum Type {
		CREATED, REVISED, SUBMITTED, RESUBMITTED, SCREENED, DECIDED, ESCALATED, APPROVED, PUBLISHED, WITHDRAWN,
		CONSENT_REVOKED,
		/** A held publication went back to its author (publishing freeze lifted). */
		RETURNED,
		/** After a retrospective finding: a correction was published, or the update was taken down. */
		CORRECTED, TAKEN_DOWN,
		/** A platform refused the post for good; publishing stops until a person acts. */
		PUBLISH_FAILED,
		/** The author of a post approved after its scheduled time chose to publish now or a new time. */
		RESCHEDULED,
		/** The author accepted or ignored a reviewer's suggested edit. */
		SUGGESTION_ANSWERED
	}
}
