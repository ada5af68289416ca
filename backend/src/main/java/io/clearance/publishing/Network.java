package io.clearance.publishing;

import io.clearance.screening.Platform;

/**
 * The service an account lives on, i.e. which connector speaks to it, and the post platform it serves (what the
 * post is screened for). Mastodon has no platform of its own in the screening contract: a Mastodon account serves
 * posts on the X platform, whose rules (280 characters) are stricter than a Mastodon instance's (500 by default).
 */
public enum Network {
	MASTODON(Platform.TWITTER, null),
	X(Platform.TWITTER, "https://api.x.com"),
	FACEBOOK(Platform.FACEBOOK, "https://graph.facebook.com/v21.0"),
	INSTAGRAM(Platform.INSTAGRAM, "https://graph.facebook.com/v21.0"),
	LINKEDIN(Platform.LINKEDIN, "https://api.linkedin.com"),
	YOUTUBE(Platform.YOUTUBE, "https://www.googleapis.com");

	private final Platform platform;

	private final String defaultApiBaseUrl;

	Network(Platform platform, String defaultApiBaseUrl) {
		this.platform = platform;
		this.defaultApiBaseUrl = defaultApiBaseUrl;
	}

	public Platform platform() {
		return platform;
	}

	/** The public API's base URL, or null when every account must name its own (a Mastodon instance). */
	public String defaultApiBaseUrl() {
		return defaultApiBaseUrl;
	}
}
