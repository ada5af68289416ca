package io.clearance.screening;

import java.time.Instant;

/**
 * The state of one rule pack as the registry sees it. {@code version} is the version that screens now (the last
 * good one when a newer one was refused); {@code error} says why the newest version on disk was refused;
 * {@code examples} says how the examples of the version that screens were found to pass (null when none screens).
 */
public record RulePackStatus(String id, String name, String version, boolean enabled, Status status, String error,
		Examples examples) {

	/** Without the examples' verdict, for a registry that does not tell it. */
	public RulePackStatus(String id, String name, String version, boolean enabled, Status status, String error) {
		this(id, name, version, enabled, status, error, null);
	}

	public enum Status {
		ACTIVE, REFUSED
	}

	/**
	 * All {@code passed} examples of the version that screens passed at {@code passedAt}: run when this server loaded
	 * it ({@link Verdict#RUN}), or run earlier for exactly these pack files under this build of the application and
	 * kept ({@link Verdict#REUSED}: not run again when it was loaded). {@code summary} says the same in a sentence.
	 */
	public record Examples(int passed, Verdict verdict, Instant passedAt, String summary) {
	}

	public enum Verdict {
		RUN, REUSED
	}
}
