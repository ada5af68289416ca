package io.clearance.posts;

/** What a crisis lead did about a retrospective finding on a published crisis update. */
public enum Correction {
	/** A correcting update was published. */
	CORRECTED,
	/** The update was taken down on its platforms. */
	TAKEN_DOWN
}
