package io.clearance.posts;

/** What a reviewer decides on a review task. */
public enum Decision {
	APPROVE, REJECT, REQUEST_CHANGES
}
