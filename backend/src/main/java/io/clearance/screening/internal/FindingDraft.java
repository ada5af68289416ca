package io.clearance.screening.internal;

import io.clearance.screening.Category;
import io.clearance.screening.Finding;
import io.clearance.screening.Route;
import io.clearance.screening.Severity;

/**
 * A finding a rule is making; {@link Outcome#finding} starts one and the rule fills it in. Category, severity and
 * message are required: a rule that leaves one out fails the pack's examples instead of producing a finding
 * nobody can act on.
 */
public final class FindingDraft {

	private final String ruleId;
	private final String pack;
	private final int start;
	private final int end;
	private Category category;
	private Severity severity;
	private String message;
	private String suggestion;
	private String advice;
	private Route route;

	FindingDraft(String ruleId, String pack, int start, int end) {
		this.ruleId = ruleId;
		this.pack = pack;
		this.start = start;
		this.end = end;
	}

	public FindingDraft category(Category category) {
		this.category = category;
		return this;
	}

	/** The category set so far (null before {@link #category(Category)}). */
	Category category() {
		return category;
	}

	public FindingDraft severity(Severity severity) {
		this.severity = severity;
		return this;
	}

	/** Why this is a finding, for a reviewer. Do not repeat the matched identifier: findings are stored. */
	public FindingDraft message(String message) {
		this.message = message;
		return this;
	}

	/**
	 * A safe replacement for the span ("our patient", "can help treat") that the UI applies with one click. Only for
	 * findings with a span; how to fix the post in words is {@link #advice}.
	 */
	public FindingDraft suggestion(String suggestion) {
		this.suggestion = suggestion;
		return this;
	}

	/** How to fix the post, for a person to read ("Remove the number.", "Attach the patient's consent record."). */
	public FindingDraft advice(String advice) {
		this.advice = advice;
		return this;
	}

	/**
	 * The route this finding needs at least, e.g. {@link Route#NEEDS_LEGAL} for claims. Without it a finding routes
	 * to {@link Route#NEEDS_COMPLIANCE}; a {@link Severity#BLOCKER} always routes to {@link Route#BLOCK}.
	 */
	public FindingDraft route(Route route) {
		this.route = route;
		return this;
	}

	/** The route this finding asks for: the strictest of its stated route and what its severity demands. */
	Route effectiveRoute() {
		Route bySeverity = severity == Severity.BLOCKER ? Route.BLOCK : Route.NEEDS_COMPLIANCE;
		return bySeverity.strictest(route);
	}

	Finding toFinding() {
		if (category == null || severity == null || message == null || message.isBlank()) {
			throw new IllegalStateException("rule " + ruleId + " made a finding without "
					+ (category == null ? "a category" : severity == null ? "a severity" : "a message"));
		}
		if (suggestion != null && start == end) {
			throw new IllegalStateException("rule " + ruleId + " suggested a replacement for a finding without a span: "
					+ "a whole-post finding gives advice(...) instead");
		}
		return new Finding(ruleId, pack, category, severity, message, start, end, suggestion, advice);
	}

	String ruleId() {
		return ruleId;
	}
}
