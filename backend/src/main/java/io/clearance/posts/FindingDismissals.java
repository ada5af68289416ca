package io.clearance.posts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
	default List<DismissedFinding> dismissedIn(long postId, int revision) {
		return dismissedIn(Map.of(postId, revision)).getOrDefault(postId, List.of());
	}

	/**
	 * For many posts at once (a list of posts reads them in one go, not one query per post): post id → the
	 * dismissals made on the given revision of that post, oldest first; posts without any are left out.
	 */
	Map<Long, List<DismissedFinding>> dismissedIn(Map<Long, Integer> revisionByPost);
}
