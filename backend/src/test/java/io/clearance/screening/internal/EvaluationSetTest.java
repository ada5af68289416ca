package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.Route;

/**
 * The evaluation set is well-formed: every file parses into labelled cases that {@link EvaluationTest} scores. Reads
 * the labels only and screens nothing, so it can be run on a held-out round without seeing its score.
 */
class EvaluationSetTest {

	final List<Evaluation.Case> cases = Evaluation.cases();

	@Test
	void everyCaseHasAUniqueIdAndTheFieldsScreeningNeeds() {
		assertThat(cases).extracting(Evaluation.Case::id).doesNotHaveDuplicates().doesNotContainNull();
		assertThat(cases).allSatisfy(c -> {
			assertThat(c.text()).as(c.id()).isNotBlank();
			assertThat(c.platform()).as(c.id()).isNotNull();
			assertThat(c.kind()).as(c.id()).isNotNull();
			assertThat(c.route()).as(c.id()).isNotNull();
		});
	}

	@Test
	void aPostPassesExactlyWhenNoCategoryIsExpected() {
		assertThat(cases).allSatisfy(c -> assertThat(c.route() == Route.PASS).as(c.id()).isEqualTo(c.clean()));
	}

	@Test
	void crisisUpdatesAndOnlyThemCarryTheExpectedFastTrack() {
		assertThat(cases).allSatisfy(c -> assertThat(c.fastTrack() != null).as(c.id())
			.isEqualTo(c.kind() == PostKind.CRISIS_UPDATE));
	}

	@Test
	void theThirdHeldOutRoundHasAHundredPostsAndAtLeastFortyCleanOnes() {
		List<Evaluation.Case> third = cases.stream().filter(c -> c.id().startsWith(EvaluationTest.THIRD_HELD_OUT))
			.toList();
		assertThat(third).hasSize(100);
		assertThat(third.stream().filter(Evaluation.Case::clean).count()).isGreaterThanOrEqualTo(40);
		assertThat(third.stream().collect(Collectors.groupingBy(Evaluation.Case::kind, Collectors.counting())))
			.containsKeys(PostKind.POST, PostKind.REVIEW_REPLY, PostKind.CRISIS_UPDATE);
		assertThat(third.stream().map(Evaluation.Case::platform).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Platform.values());
	}

	@Test
	void theFourthHeldOutRoundHasEightyPostsAndAtLeastThirtyFiveCleanOnes() {
		List<Evaluation.Case> fourth = cases.stream().filter(c -> c.id().startsWith(EvaluationTest.FOURTH_HELD_OUT))
			.toList();
		assertThat(fourth).hasSize(80);
		assertThat(fourth.stream().filter(Evaluation.Case::clean).count()).isGreaterThanOrEqualTo(35);
		assertThat(fourth.stream().collect(Collectors.groupingBy(Evaluation.Case::kind, Collectors.counting())))
			.containsKeys(PostKind.POST, PostKind.REVIEW_REPLY, PostKind.CRISIS_UPDATE);
		assertThat(fourth.stream().map(Evaluation.Case::platform).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Platform.values());
	}

	@Test
	void theFifthHeldOutRoundHasAHundredPostsAndAtLeastFortyCleanOnes() {
		List<Evaluation.Case> fifth = cases.stream().filter(c -> c.id().startsWith(EvaluationTest.FIFTH_HELD_OUT))
			.toList();
		assertThat(fifth).hasSize(100);
		assertThat(fifth.stream().filter(Evaluation.Case::clean).count()).isGreaterThanOrEqualTo(40);
		assertThat(fifth.stream().collect(Collectors.groupingBy(Evaluation.Case::kind, Collectors.counting())))
			.containsKeys(PostKind.POST, PostKind.REVIEW_REPLY, PostKind.CRISIS_UPDATE);
		assertThat(fifth.stream().map(Evaluation.Case::platform).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Platform.values());
	}

	@Test
	void theSixthHeldOutRoundHasAHundredPostsAndAtLeastFortyCleanOnes() {
		List<Evaluation.Case> sixth = cases.stream().filter(c -> c.id().startsWith(EvaluationTest.SIXTH_HELD_OUT))
			.toList();
		assertThat(sixth).hasSize(100);
		assertThat(sixth.stream().filter(Evaluation.Case::clean).count()).isGreaterThanOrEqualTo(40);
		assertThat(sixth.stream().collect(Collectors.groupingBy(Evaluation.Case::kind, Collectors.counting())))
			.containsKeys(PostKind.POST, PostKind.REVIEW_REPLY, PostKind.CRISIS_UPDATE);
		assertThat(sixth.stream().map(Evaluation.Case::platform).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Platform.values());
	}
}
