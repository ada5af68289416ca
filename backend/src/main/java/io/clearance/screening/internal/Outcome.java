package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.runtime.rule.RuleContext;

import io.clearance.screening.Category;
import io.clearance.screening.Finding;

/**
 * What one pack's rules concluded about one post. Every pack's DRL declares it as the global {@code outcome}:
 *
 * <pre>
 * global io.clearance.screening.internal.Outcome outcome;
 * ...
 * then
 *     outcome.finding(kcontext, $name)
 *         .category(Category.PHI).severity(Severity.BLOCKER)
 *         .message("Names a patient ...")
 *         .suggestion("our patient")
 *         .advice("Replace the name, or attach the patient's signed authorization.");
 * </pre>
 *
 * The rule's name becomes the finding's {@code ruleId}. A new outcome is made for every screening and pack, so
 * rules never see another call's findings.
 */
public final class Outcome {

	private final String pack;
	private final List<FindingDraft> drafts = new ArrayList<>();
	private boolean fastTrackAllowed;
	private boolean fastTrackDenied;

	Outcome(String pack) {
		this.pack = pack;
	}

	/** A finding about the given span of the text. */
	public FindingDraft finding(RuleContext kcontext, Span span) {
		return add(new FindingDraft(kcontext.getRule().getName(), pack, span.getStart(), span.getEnd()));
	}

	/** A finding about the given char range of the text ({@code end} exclusive). */
	public FindingDraft finding(RuleContext kcontext, int start, int end) {
		return add(new FindingDraft(kcontext.getRule().getName(), pack, start, end));
	}

	/** A finding about the post as a whole (no span: start and end are 0). */
	public FindingDraft finding(RuleContext kcontext) {
		return add(new FindingDraft(kcontext.getRule().getName(), pack, 0, 0));
	}

	/**
	 * Says the post may take the crisis fast track. It does only if no pack denies it and no privacy finding
	 * (PHI, GDPR health data, review-response PHI) was made by any pack: the fast track never skips privacy.
	 */
	public void allowFastTrack() {
		fastTrackAllowed = true;
	}

	/** Says the post must not take the fast track, whatever other packs say. */
	public void denyFastTrack() {
		fastTrackDenied = true;
	}

	/**
	 * Whether a rule of this pack has already made a finding of this category on this post: a rule on a meaning
	 * signal (with a low salience, so that it fires after the others) only adds what they did not find.
	 */
	public boolean found(Category category) {
		for (FindingDraft draft : drafts) {
			if (draft.category() == category) {
				return true;
			}
		}
		return false;
	}

	private FindingDraft add(FindingDraft draft) {
		drafts.add(draft);
		return draft;
	}

	boolean fastTrackAllowed() {
		return fastTrackAllowed;
	}

	boolean fastTrackDenied() {
		return fastTrackDenied;
	}

	List<FindingDraft> drafts() {
		return drafts;
	}

	List<Finding> findings() {
		List<Finding> findings = new ArrayList<>(drafts.size());
		for (FindingDraft draft : drafts) {
			findings.add(draft.toFinding());
		}
		return findings;
	}
}
