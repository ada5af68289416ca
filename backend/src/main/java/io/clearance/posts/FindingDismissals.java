package io.clearance.posts;

import java.time.Instant;
import java.util.List;

/**
 * Reviewers' dismissals of a post's findings as false positives, as the post view shows them. Implemented by the
 * module that records dismissals (rulepacks), so posts does not depend on it.
 */
public interface FindingDismissals {

	/** One dismissed finding: the finding (pack, rule, span) and who dismissed it, when and why. */
	record DismissedFinding(String pack, String ruleId, int start, int end, String reason, String dismissedBy,
			Instant dismissedAt) {
	}

	/** The dismissals made on one revision of a post, oldest first. */
	List<DismissedFinding> dismissedIn(long postId, int revision);
}
