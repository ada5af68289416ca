package io.clearance.posts;

/** The human review stages a post goes through. */
public enum ReviewStage {
	COMPLIANCE, LEGAL
}
