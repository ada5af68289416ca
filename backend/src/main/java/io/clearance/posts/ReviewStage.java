package io.clearance.posts;

/** The human review stages a post goes through. */
public enum ReviewStage {
	COMPLIANCE, LEGAL,
	/**
	 * The one approval of a crisis update on the fast track (a crisis lead other than the author, or a compliance
	 * reviewer). It suffices only for a crisis update whose current revision screening marked fast-track eligible.
	 */
	CRISIS,
	/** The compliance review of a fast-tracked crisis update after its publication; a finding does not unpublish it. */
	RETROSPECTIVE
}
