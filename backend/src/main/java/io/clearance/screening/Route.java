package io.clearance.screening;

/**
 * Where screening sends a post. Declared from the strictest to the most lenient, so that combining the
 * routes of several findings or platforms keeps the strictest one.
 */
public enum Route {
	/** Must not be published as written. */
	BLOCK,
	/** Needs legal sign-off after compliance review. */
	NEEDS_LEGAL,
	/** Compliance review with findings to look at. */
	NEEDS_COMPLIANCE,
	/** Nothing found; still one human review. */
	PASS;

	public Route strictest(Route other) {
		return other == null || ordinal() <= other.ordinal() ? this : other;
	}
}
