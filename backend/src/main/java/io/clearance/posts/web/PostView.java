package io.clearance.posts.web;

import io.clearance.posts.FindingDismissals;
import io.clearance.posts.FindingDismissals.DismissedFinding;
import io.clearance.posts.Post;
import io.clearance.posts.PostStatus;
import io.clearance.posts.ReviewDecision;
import io.clearance.posts.SuggestedEdit;
import io.clearance.posts.Revision;
import io.clearance.posts.ScreeningRecord;
import io.clearance.screening.Finding;
import io.clearance.screening.PackVersion;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.Route;
import java.time.Instant;
import java.util.List;

/** A post as the API shows it: its current revision, latest screening and every decision. */
record PostView(long id, PostStatus status, long version, String author, PostKind kind, boolean sponsored,
		List<Platform> platforms, List<Long> accountIds, Instant scheduledAt, boolean legalRequired, boolean takedownRequired,
		RevisionView revision,
		ScreeningView screening, List<DecisionView> decisions, Instant createdAt, Instant updatedAt) {

	/**
	 * The view with the screening's dismissed findings listed in {@code screening.dismissed} (additive: findings
	 * keep their shape; a finding is dismissed when a dismissal has its pack, rule id and span).
	 */
	static PostView of(Post post, FindingDismissals dismissals) {
		return of(post, post.latestScreening()
			.map(s -> dismissals.dismissedIn(post.id(), s.revision()))
			.orElse(List.of()));
	}

	/** The same with the latest screening's dismissals already read (for a list of posts, read all at once). */
	static PostView of(Post post, List<DismissedFinding> dismissed) {
		int current = post.currentRevision().number();
		return new PostView(post.id(), post.status(), post.version(), post.author(), post.kind(), post.sponsored(),
				post.platforms().stream().sorted().toList(), post.accountIds().stream().sorted().toList(),
				post.scheduledAt(), post.legalRequired(),
				post.takedownRequired(),
				RevisionView.of(post.currentRevision()),
				post.latestScreening()
					.map(s -> ScreeningView.of(s, dismissed))
					.orElse(null),
				post.decisions().stream().map(d -> DecisionView.of(d, current)).toList(), post.createdAt(),
				post.updatedAt());
	}

	record RevisionView(int number, String text, List<String> mediaDescriptions, List<String> consentIds,
			String createdBy, Instant createdAt) {

		static RevisionView of(Revision revision) {
			var content = revision.content();
			return new RevisionView(revision.number(), content.text(), content.mediaDescriptions(),
					content.consentIds(), revision.createdBy(), revision.createdAt());
		}
	}

	/** {@code dismissed}: the findings of this screening that reviewers dismissed as false positives. */
	record ScreeningView(int revision, Route route, boolean fastTrackEligible, List<Finding> findings,
			List<PackVersion> packs, Instant screenedAt, List<DismissedFinding> dismissed) {

		static ScreeningView of(ScreeningRecord record, List<DismissedFinding> dismissed) {
			var result = record.result();
			return new ScreeningView(record.revision(), result.route(), result.fastTrackEligible(), result.findings(),
					result.packs(), record.screenedAt(), dismissed);
		}
	}

	/** {@code current} says whether the decision was made on the post's current revision. */
	/**
	 * @param id addresses the decision's suggested edits ({@code PUT /api/posts/{id}/decisions/{decisionId}/
	 * suggested-edits/{index}})
	 */
	record DecisionView(Long id, int revision, String stage, String decision, String reviewer, String comment,
			boolean escalateToLegal, Instant decidedAt, boolean current, List<SuggestedEdit> suggestedEdits) {

		static DecisionView of(ReviewDecision d, int currentRevision) {
			return new DecisionView(d.id(), d.revision(), d.stage().name(), d.decision().name(), d.reviewer(), d.comment(),
					d.escalateToLegal(), d.decidedAt(), d.revision() == currentRevision, d.suggestedEdits());
		}
	}
}
