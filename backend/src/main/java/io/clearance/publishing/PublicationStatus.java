package io.clearance.publishing;

/** Where one publication of a post on one platform (through one account) stands. */
public enum PublicationStatus {
	PENDING, PUBLISHED, FAILED,
	/** Published, then deleted on the platform through its API (takedown). */
	TAKEN_DOWN
}
