package io.clearance.screening;

/**
 * The state of one rule pack as the registry sees it. {@code version} is the version that screens now (the last
 * good one when a newer one was refused); {@code error} says why the newest version on disk was refused.
 */
public record RulePackStatus(String id, String name, String version, boolean enabled, Status status, String error) {

	public enum Status {
		ACTIVE, REFUSED
	}
}
