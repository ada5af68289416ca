package io.clearance.screening;

/**
 * One finding: which rule of which pack found what, and where. {@code start}/{@code end} are character
 * offsets into the screened text ({@code end} exclusive); both are 0 for findings about the post as a whole.
 * {@code suggestion} is a replacement for the span that the UI can apply as it is (null when there is none);
 * {@code advice} says, for a person, how to fix the post (null when the suggestion says it all).
 */
public record Finding(String ruleId, String pack, Category category, Severity severity, String message, int start,
		int end, String suggestion, String advice) {

	/** A finding without advice. */
	public Finding(String ruleId, String pack, Category category, Severity severity, String message, int start,
			int end, String suggestion) {
		this(ruleId, pack, category, severity, message, start, end, suggestion, null);
	}
}
