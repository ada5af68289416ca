package io.clearance.crisis;

/** What happens to the publications an incident held when it closes. */
public enum HeldPostsRelease {
	/** They go out at once (the default). */
	PUBLISH_NOW,
	/** They go back to their authors, who reschedule them; they are screened and reviewed again. */
	BACK_TO_AUTHORS
}
