package io.clearance.screening;

/**
 * One finding: which rule of which pack found what, and where. {@code start}/{@code end} are character
 * offsets into the screened text ({@code end} exclusive); both are 0 for findings about the post as a whole.
 */
public record Finding(String ruleId, String pack, Category category, Severity severity, String message, int start,
		int end, String suggestion) {
}
