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
