package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.clearance.screening.Category;
import io.clearance.screening.Finding;
import io.clearance.screening.Severity;

/**
 * The screening contract keeps a replacement ({@code suggestion}) apart from how-to-fix advice ({@code advice}):
 * every finding the packs make on their own examples says how to fix it, and a suggestion is always something the
 * UI can put in place of a span.
 */
class FindingAdviceTest {

	@Test
	void everyFindingOfEveryPackSaysHowToFixItAndSuggestsOnlyReplacementsForASpan() throws Exception {
		List<Finding> findings = new ArrayList<>();
		for (RulePackExamplesTest.PackExample example : RulePackExamplesTest.examples()) {
			findings.addAll(example.pack().run(new Post(example.example().request()),
					new Recognisers("US").recognise(example.example().request().text(),
							example.example().request().mediaDescriptions()))
				.findings());
		}

		assertThat(findings).hasSizeGreaterThan(150);
		assertThat(findings).allSatisfy(f -> {
			assertThat(f.advice() != null || f.suggestion() != null).as("%s says how to fix it", f.ruleId()).isTrue();
			if (f.suggestion() != null) {
				assertThat(f.end()).as("%s suggests a replacement for a span", f.ruleId()).isGreaterThan(f.start());
				assertThat(f.suggestion()).as("%s's suggestion is replacement text, not a sentence of advice", f.ruleId())
					.doesNotEndWith(".");
			}
		});
		assertThat(findings).anySatisfy(f -> {
			assertThat(f.suggestion()).isEqualTo("our patient");
			assertThat(f.advice()).isNotBlank();
		});
	}

	@Test
	void aWholePostFindingCannotSuggestAReplacement() {
		FindingDraft draft = new FindingDraft("RULE", "pack", 0, 0).category(Category.PHI)
			.severity(Severity.BLOCKER)
			.message("why")
			.suggestion("text");

		assertThatThrownBy(draft::toFinding).hasMessageContaining("advice");
	}
}
