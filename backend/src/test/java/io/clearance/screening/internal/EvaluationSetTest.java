package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

	/**
	 * Each blind round written by someone other than the rule author has its planned size, a clean share of at least
	 * two in five, every kind and every platform.
	 */
	@ParameterizedTest(name = "{0}: {1} posts, at least {2} clean")
	@CsvSource({ EvaluationTest.THIRD_HELD_OUT + ", 100, 40", EvaluationTest.FOURTH_HELD_OUT + ", 80, 35",
			EvaluationTest.FIFTH_HELD_OUT + ", 100, 40", EvaluationTest.SIXTH_HELD_OUT + ", 100, 40",
			EvaluationTest.SEVENTH_HELD_OUT + ", 100, 40", EvaluationTest.EIGHTH_HELD_OUT + ", 100, 40",
			EvaluationTest.NINTH_HELD_OUT + ", 100, 40", EvaluationTest.TENTH_HELD_OUT + ", 100, 40",
			EvaluationTest.ELEVENTH_HELD_OUT + ", 100, 40", EvaluationTest.TWELFTH_HELD_OUT + ", 100, 40",
			EvaluationTest.THIRTEENTH_HELD_OUT + ", 100, 40", EvaluationTest.FOURTEENTH_HELD_OUT + ", 100, 40",
			EvaluationTest.FIFTEENTH_HELD_OUT + ", 100, 40",
			EvaluationTest.SIXTEENTH_HELD_OUT + ", 100, 40",
			EvaluationTest.SEVENTEENTH_HELD_OUT + ", 100, 40",
			EvaluationTest.EIGHTEENTH_HELD_OUT + ", 100, 40",
			EvaluationTest.NINETEENTH_HELD_OUT + ", 100, 40",
			EvaluationTest.TWENTIETH_HELD_OUT + ", 100, 40",
			EvaluationTest.TWENTY_FIRST_HELD_OUT + ", 100, 40",
			EvaluationTest.TWENTY_SECOND_HELD_OUT + ", 100, 40",
			EvaluationTest.TWENTY_THIRD_HELD_OUT + ", 100, 40",
			EvaluationTest.TWENTY_FOURTH_HELD_OUT + ", 100, 40",
			EvaluationTest.TWENTY_SIXTH_HELD_OUT + ", 100, 40",
			EvaluationTest.TWENTY_SEVENTH_HELD_OUT + ", 100, 40",
			EvaluationTest.TWENTY_EIGHTH_HELD_OUT + ", 100, 40", EvaluationTest.TWENTY_NINTH_HELD_OUT + ", 100, 40",
			EvaluationTest.THIRTIETH_HELD_OUT + ", 100, 40", EvaluationTest.THIRTY_FIRST_HELD_OUT + ", 100, 40",
			EvaluationTest.THIRTY_SECOND_HELD_OUT + ", 100, 40", EvaluationTest.THIRTY_THIRD_HELD_OUT + ", 100, 40",
			EvaluationTest.THIRTY_FOURTH_HELD_OUT + ", 100, 40", EvaluationTest.THIRTY_FIFTH_HELD_OUT + ", 100, 40",
			EvaluationTest.THIRTY_SIXTH_HELD_OUT + ", 100, 40", EvaluationTest.THIRTY_SEVENTH_HELD_OUT + ", 100, 40",
			EvaluationTest.THIRTY_EIGHTH_HELD_OUT + ", 100, 40", EvaluationTest.THIRTY_NINTH_HELD_OUT + ", 100, 40",
			EvaluationTest.FORTIETH_HELD_OUT + ", 100, 40", EvaluationTest.FORTY_FIRST_HELD_OUT + ", 100, 40",
			EvaluationTest.FORTY_SECOND_HELD_OUT + ", 100, 40", EvaluationTest.FORTY_THIRD_HELD_OUT + ", 100, 40",
			EvaluationTest.FORTY_FOURTH_HELD_OUT + ", 100, 40", EvaluationTest.FORTY_FIFTH_HELD_OUT + ", 100, 40",
			EvaluationTest.FORTY_SIXTH_HELD_OUT + ", 100, 40", EvaluationTest.FORTY_SEVENTH_HELD_OUT + ", 100, 40",
			EvaluationTest.FORTY_EIGHTH_HELD_OUT + ", 100, 40", EvaluationTest.FORTY_NINTH_HELD_OUT + ", 100, 40",
			EvaluationTest.FIFTIETH_HELD_OUT + ", 100, 40", EvaluationTest.FIFTY_FIRST_HELD_OUT + ", 100, 40",
			EvaluationTest.FIFTY_SECOND_HELD_OUT + ", 100, 40", EvaluationTest.FIFTY_THIRD_HELD_OUT + ", 100, 40",
			EvaluationTest.FIFTY_FOURTH_HELD_OUT + ", 100, 40", EvaluationTest.FIFTY_FIFTH_HELD_OUT + ", 100, 40",
			EvaluationTest.FIFTY_SIXTH_HELD_OUT + ", 100, 40", EvaluationTest.FIFTY_SEVENTH_HELD_OUT + ", 100, 40",
			EvaluationTest.FIFTY_EIGHTH_HELD_OUT + ", 100, 40", EvaluationTest.FIFTY_NINTH_HELD_OUT + ", 100, 40",
			EvaluationTest.SIXTIETH_HELD_OUT + ", 100, 40", EvaluationTest.SIXTY_FIRST_HELD_OUT + ", 100, 40",
			EvaluationTest.SIXTY_SECOND_HELD_OUT + ", 100, 40", EvaluationTest.SIXTY_THIRD_HELD_OUT + ", 100, 40",
			EvaluationTest.SIXTY_FOURTH_HELD_OUT + ", 100, 40", EvaluationTest.SIXTY_FIFTH_HELD_OUT + ", 100, 40",
			EvaluationTest.SIXTY_SIXTH_HELD_OUT + ", 100, 40", EvaluationTest.SIXTY_SEVENTH_HELD_OUT + ", 100, 40",
			EvaluationTest.SIXTY_EIGHTH_HELD_OUT + ", 100, 40", EvaluationTest.SIXTY_NINTH_HELD_OUT + ", 100, 40",
			EvaluationTest.SEVENTIETH_HELD_OUT + ", 100, 40", EvaluationTest.SEVENTY_FIRST_HELD_OUT + ", 100, 40",
			EvaluationTest.SEVENTY_SECOND_HELD_OUT + ", 100, 40", EvaluationTest.SEVENTY_THIRD_HELD_OUT + ", 100, 40",
			EvaluationTest.SEVENTY_FOURTH_HELD_OUT + ", 100, 40",
			EvaluationTest.SEVENTY_FIFTH_HELD_OUT + ", 100, 40",
			EvaluationTest.SEVENTY_SIXTH_HELD_OUT + ", 100, 40",
			EvaluationTest.SEVENTY_SEVENTH_HELD_OUT + ", 100, 40",
			EvaluationTest.SEVENTY_EIGHTH_HELD_OUT + ", 100, 40",
			EvaluationTest.SEVENTY_NINTH_HELD_OUT + ", 100, 40" })
	void eachBlindRoundHasItsSizeACleanShareEveryKindAndEveryPlatform(String ids, int size, int clean) {
		List<Evaluation.Case> round = cases.stream().filter(c -> c.id().startsWith(ids)).toList();
		assertThat(round).hasSize(size);
		assertThat(round.stream().filter(Evaluation.Case::clean).count()).isGreaterThanOrEqualTo(clean);
		assertThat(round.stream().collect(Collectors.groupingBy(Evaluation.Case::kind, Collectors.counting())))
			.containsKeys(PostKind.POST, PostKind.REVIEW_REPLY, PostKind.CRISIS_UPDATE);
		assertThat(round.stream().map(Evaluation.Case::platform).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Platform.values());
	}
}
