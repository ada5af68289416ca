package io.clearance.consent;

/** What a consent allows to be used. */
public enum ConsentUse {
	STORY, PHOTO, NAME, VIDEO
}
