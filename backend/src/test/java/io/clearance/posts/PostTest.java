package io.clearance.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clearance.screening.Finding;
import io.clearance.screening.Category;
import io.clearance.screening.PackVersion;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.Route;
import io.clearance.screening.ScreeningResult;
import io.clearance.screening.Severity;
import io.clearance.shared.BadRequestException;
import io.clearance.shared.ConflictException;
import io.clearance.shared.ForbiddenException;
import io.clearance.shared.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostTest {

	private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

	private static final PostContent TEXT = new PostContent("Flu shots this Saturday", List.of(), List.of());

	private Post submittedPost() {
		Post post = Post.draft("avery", TEXT, PostKind.POST, false, List.of(Platform.FACEBOOK), null, NOW);
		post.submit("avery", NOW);
		return post;
	}

	private static ScreeningResult result(Route route) {
		List<Finding> findings = route == Route.PASS ? List.of()
				: List.of(new Finding("rule", "pack", Category.MEDICAL_CLAIM, Severity.HIGH, "why", 0, 3, null));
		return new ScreeningResult(route, false, findings, List.of(new PackVersion("pack", "1")));
	}

	@Test
	void refusesApprovalByTheAuthor() {
		Post post = submittedPost();
		post.screened(result(Route.PASS), NOW);
		assertThatThrownBy(
				() -> post.decide(ReviewStage.COMPLIANCE, Decision.APPROVE, "avery", null, false, null, NOW))
			.isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("own post");
	}

	@Test
	void refusesTheLegalApprovalFromTheComplianceApprover() {
		Post post = submittedPost();
		post.screened(result(Route.NEEDS_LEGAL), NOW);
		post.decide(ReviewStage.COMPLIANCE, Decision.APPROVE, "casey", null, false, null, NOW);
		assertThatThrownBy(() -> post.decide(ReviewStage.LEGAL, Decision.APPROVE, "casey", null, false, null, NOW))
			.isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("compliance approval");
	}

	@Test
	void cannotBePublishedWithoutApprovalOfTheCurrentRevision() {
		Post post = submittedPost();
		post.screened(result(Route.PASS), NOW);
		post.decide(ReviewStage.COMPLIANCE, Decision.APPROVE, "casey", null, false, null, NOW);
		post.approve(NOW);
		post.revise("avery", new PostContent("Flu shots this Sunday", List.of(), List.of()), false,
				List.of(Platform.FACEBOOK), null, NOW);
		assertThat(post.status()).isEqualTo(PostStatus.IN_REVIEW);
		assertThat(post.isApprovedAtCurrentRevision()).isFalse();
		assertThatThrownBy(() -> post.published(NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void needsLegalSignOffWhenScreeningSaysSo() {
		Post post = submittedPost();
		post.screened(result(Route.NEEDS_LEGAL), NOW);
		post.decide(ReviewStage.COMPLIANCE, Decision.APPROVE, "casey", null, false, null, NOW);
		assertThatThrownBy(() -> post.approve(NOW)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("legal sign-off");
		post.decide(ReviewStage.LEGAL, Decision.APPROVE, "logan", null, false, null, NOW);
		assertThat(post.approve(NOW)).isEqualTo(NOW);
		assertThat(post.status()).isEqualTo(PostStatus.APPROVED);
	}

	@Test
	void aBlockedPostGoesBackToItsAuthor() {
		Post post = submittedPost();
		post.screened(result(Route.BLOCK), NOW);
		assertThat(post.status()).isEqualTo(PostStatus.CHANGES_REQUESTED);
	}

	@Test
	void suggestedEditsMayBeAdjacentButAnInsertionTouchingAnotherEditIsRefused() {
		Post post = submittedPost();
		post.screened(result(Route.PASS), NOW);
		List<SuggestedEdit> touching = List.of(new SuggestedEdit(0, 3, "Free flu", null), new SuggestedEdit(3, 3, "!", null));
		assertThatThrownBy(() -> post.decide(ReviewStage.COMPLIANCE, Decision.REQUEST_CHANGES, "casey", "Say free.", false,
				null, touching, NOW))
			.isInstanceOf(BadRequestException.class)
			.hasMessageContaining("overlap");
		assertThat(post.decisions()).isEmpty();

		List<SuggestedEdit> adjacent = List.of(new SuggestedEdit(4, 9, "jabs", "plainer"), new SuggestedEdit(0, 4, "Free flu ", null));
		post.decide(ReviewStage.COMPLIANCE, Decision.REQUEST_CHANGES, "casey", "Say free.", false, null, adjacent, NOW);
		assertThat(post.decisions().get(0).suggestedEdits()).containsExactlyElementsOf(adjacent);
		assertThat(post.status()).isEqualTo(PostStatus.CHANGES_REQUESTED);
	}

	@Test
	void rejectionNeedsAComment() {
		Post post = submittedPost();
		post.screened(result(Route.PASS), NOW);
		assertThatThrownBy(() -> post.decide(ReviewStage.COMPLIANCE, Decision.REJECT, "casey", " ", false, null, NOW))
			.isInstanceOf(InvalidRequestException.class);
		post.decide(ReviewStage.COMPLIANCE, Decision.REJECT, "casey", "Off-brand", false, null, NOW);
		assertThat(post.status()).isEqualTo(PostStatus.REJECTED);
	}

	@Test
	void aFinishedPostCannotBeEditedOrWithdrawn() {
		Post post = submittedPost();
		post.screened(result(Route.PASS), NOW);
		post.decide(ReviewStage.COMPLIANCE, Decision.REJECT, "casey", "No", false, null, NOW);
		assertThatThrownBy(() -> post.revise("avery", TEXT, false, List.of(Platform.FACEBOOK), null, NOW))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> post.withdraw("avery", NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void onlyTheAuthorEditsSubmitsAndWithdraws() {
		Post post = Post.draft("avery", TEXT, PostKind.POST, false, List.of(Platform.FACEBOOK), null, NOW);
		assertThatThrownBy(() -> post.submit("mallory", NOW)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> post.withdraw("mallory", NOW)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> post.revise("mallory", TEXT, false, List.of(Platform.FACEBOOK), null, NOW))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void aScheduledPostWaitsForItsTime() {
		Post post = Post.draft("avery", TEXT, PostKind.POST, false, List.of(Platform.FACEBOOK),
				NOW.plusSeconds(3600), NOW);
		post.submit("avery", NOW);
		post.screened(result(Route.PASS), NOW);
		post.decide(ReviewStage.COMPLIANCE, Decision.APPROVE, "casey", null, false, null, NOW);
		assertThat(post.approve(NOW)).isEqualTo(NOW.plusSeconds(3600));
		assertThat(post.status()).isEqualTo(PostStatus.SCHEDULED);
	}

	private static ScreeningResult eligible(boolean fastTrackEligible) {
		return new ScreeningResult(Route.PASS, fastTrackEligible, List.of(), List.of(new PackVersion("pack", "1")));
	}

	private Post submittedCrisisUpdate(boolean eligible) {
		Post post = Post.draft("cris", new PostContent("The ED is on diversion until 18:00.", List.of(), List.of()),
				PostKind.CRISIS_UPDATE, false, List.of(Platform.TWITTER), null, NOW);
		post.submit("cris", NOW);
		post.screened(eligible(eligible), NOW);
		return post;
	}

	private Post publishedOnTheFastTrack() {
		Post post = submittedCrisisUpdate(true);
		post.decide(ReviewStage.CRISIS, Decision.APPROVE, "morgan", null, false, "t1", NOW);
		post.approve(NOW);
		post.published(NOW);
		return post;
	}

	@Test
	void aCrisisApprovalSufficesForAnEligibleCrisisUpdate() {
		Post post = submittedCrisisUpdate(true);
		assertThat(post.isFastTrackEligible()).isTrue();
		post.decide(ReviewStage.CRISIS, Decision.APPROVE, "morgan", null, false, "t1", NOW);
		assertThat(post.isApprovedAtCurrentRevision()).isTrue();
		assertThat(post.approve(NOW)).isEqualTo(NOW);
		post.published(NOW);
		assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
	}

	@Test
	void aCrisisApprovalSkipsLegalSignOffOnTheFastTrack() {
		Post post = Post.draft("cris", TEXT, PostKind.CRISIS_UPDATE, false, List.of(Platform.TWITTER), null, NOW);
		post.submit("cris", NOW);
		post.screened(new ScreeningResult(Route.NEEDS_LEGAL, true, List.of(), List.of()), NOW);
		assertThat(post.legalRequired()).isTrue();
		post.decide(ReviewStage.CRISIS, Decision.APPROVE, "morgan", null, false, "t1", NOW);
		assertThat(post.isApprovedAtCurrentRevision()).isTrue();
	}

	@Test
	void refusesACrisisDecisionOnAnUpdateScreeningDidNotMarkEligible() {
		Post post = submittedCrisisUpdate(false);
		assertThatThrownBy(() -> post.decide(ReviewStage.CRISIS, Decision.APPROVE, "morgan", null, false, "t1", NOW))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("fast-track eligible");
		assertThat(post.decisions()).isEmpty();
	}

	@Test
	void refusesACrisisDecisionOnAnOrdinaryPostEvenIfScreeningSaysEligible() {
		Post post = submittedPost();
		post.screened(eligible(true), NOW);
		assertThat(post.isFastTrackEligible()).isFalse();
		assertThatThrownBy(() -> post.decide(ReviewStage.CRISIS, Decision.APPROVE, "morgan", null, false, "t1", NOW))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void refusesTheCrisisApprovalByTheAuthor() {
		Post post = submittedCrisisUpdate(true);
		assertThatThrownBy(() -> post.decide(ReviewStage.CRISIS, Decision.APPROVE, "cris", null, false, "t1", NOW))
			.isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("own post");
	}

	@Test
	void aCrisisApprovalIsBoundToItsRevision() {
		Post post = submittedCrisisUpdate(true);
		post.decide(ReviewStage.CRISIS, Decision.APPROVE, "morgan", null, false, "t1", NOW);
		post.revise("cris", new PostContent("The ED is on diversion until 20:00.", List.of(), List.of()), false,
				List.of(Platform.TWITTER), null, NOW);
		assertThat(post.isApprovedAtCurrentRevision()).isFalse();
		assertThat(post.isFastTrackEligible()).as("the new revision is not screened yet").isFalse();
		assertThatThrownBy(() -> post.approve(NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aCrisisUpdateWithoutTheFastTrackNeedsComplianceLikeAnyPost() {
		Post post = submittedCrisisUpdate(false);
		assertThatThrownBy(() -> post.approve(NOW)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("compliance approval");
		post.decide(ReviewStage.COMPLIANCE, Decision.APPROVE, "casey", null, false, "t1", NOW);
		post.approve(NOW);
		assertThat(post.status()).isEqualTo(PostStatus.APPROVED);
	}

	@Test
	void aRetrospectiveFindingLeavesTheUpdatePublished() {
		Post post = publishedOnTheFastTrack();
		post.decide(ReviewStage.RETROSPECTIVE, Decision.REQUEST_CHANGES, "casey", "The hotline number is wrong.",
				false, "t2", NOW);
		assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(post.decisions()).extracting(ReviewDecision::stage)
			.containsExactly(ReviewStage.CRISIS, ReviewStage.RETROSPECTIVE);
	}

	@Test
	void refusesTheRetrospectiveReviewByTheCrisisApprover() {
		Post post = publishedOnTheFastTrack();
		assertThatThrownBy(() -> post.decide(ReviewStage.RETROSPECTIVE, Decision.APPROVE, "morgan", null, false, "t2",
				NOW))
			.isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("fast-track approval");
	}

	@Test
	void refusesARetrospectiveReviewOfAPostThatDidNotTakeTheFastTrack() {
		Post post = submittedPost();
		post.screened(result(Route.PASS), NOW);
		post.decide(ReviewStage.COMPLIANCE, Decision.APPROVE, "casey", null, false, null, NOW);
		post.approve(NOW);
		post.published(NOW);
		assertThatThrownBy(() -> post.decide(ReviewStage.RETROSPECTIVE, Decision.APPROVE, "logan", null, false, "t2",
				NOW))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("fast track");
	}

	@Test
	void aCorrectionIsRecordedOnlyAfterARetrospectiveFinding() {
		Post post = publishedOnTheFastTrack();
		assertThatThrownBy(() -> post.correctionRecorded(Correction.CORRECTED, "cris", "Posted a fix.", NOW))
			.isInstanceOf(ConflictException.class);
		post.decide(ReviewStage.RETROSPECTIVE, Decision.REJECT, "casey", "Names a ward with two patients.", false,
				"t2", NOW);
		assertThatThrownBy(() -> post.correctionRecorded(Correction.TAKEN_DOWN, "cris", " ", NOW))
			.isInstanceOf(InvalidRequestException.class);
		post.correctionRecorded(Correction.TAKEN_DOWN, "cris", "Deleted on X at 14:05.", NOW);
		assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
	}

	@Test
	void aHeldPublicationGoesBackToItsAuthor() {
		Post post = submittedPost();
		post.screened(result(Route.PASS), NOW);
		post.decide(ReviewStage.COMPLIANCE, Decision.APPROVE, "casey", null, false, null, NOW);
		post.approve(NOW);
		post.returnToAuthor("held by incident 1; reschedule it", NOW);
		assertThat(post.status()).isEqualTo(PostStatus.CHANGES_REQUESTED);
		post.submit("avery", NOW);
		assertThat(post.status()).isEqualTo(PostStatus.IN_REVIEW);
		assertThatThrownBy(() -> post.returnToAuthor("again", NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void everyEditIsANewRevision() {
		Post post = Post.draft("avery", TEXT, PostKind.POST, false, List.of(Platform.FACEBOOK), null, NOW);
		post.revise("avery", new PostContent("v2", List.of(), List.of()), false, List.of(Platform.FACEBOOK), null,
				NOW);
		assertThat(post.revisions()).extracting(Revision::number).containsExactly(1, 2);
		assertThat(post.revisions().get(0).content().text()).isEqualTo("Flu shots this Saturday");
		assertThat(post.currentRevision().content().text()).isEqualTo("v2");
	}
}
