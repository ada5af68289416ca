package io.clearance.publishing;

/** Where one publication of a post on one platform stands. */
public enum PublicationStatus {
	PENDING, PUBLISHED, FAILED
}
