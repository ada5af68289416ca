package io.clearance.screening;

/** The social networks Clearance publishes to. */
public enum Platform {
	FACEBOOK, INSTAGRAM, TWITTER, LINKEDIN, YOUTUBE
}
