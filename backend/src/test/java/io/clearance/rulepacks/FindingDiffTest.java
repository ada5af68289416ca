package io.clearance.rulepacks;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearance.screening.Category;
import io.clearance.screening.Finding;
import io.clearance.screening.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingDiffTest {

	static Finding finding(String ruleId, int start, int end, String message) {
		return new Finding(ruleId, "hipaa-phi", Category.PHI, Severity.BLOCKER, message, start, end, null);
	}

	@Test
	void reportsFindingsThatAppearAndDisappearByRuleAndSpan() {
		Finding kept = finding("PHI_PATIENT_NAME", 10, 20, "old wording");
		Finding gone = finding("PHI_PHONE_NUMBER", 30, 44, "x");
		Finding added = finding("PHI_ZIP_CODE", 50, 55, "x");

		FindingDiff diff = FindingDiff.between(List.of(kept, gone),
				List.of(finding("PHI_PATIENT_NAME", 10, 20, "new wording"), added));

		assertThat(diff.appeared()).containsExactly(added);
		assertThat(diff.disappeared()).containsExactly(gone);
	}

	@Test
	void aChangedSpanIsOneFindingGoneAndOneNew() {
		FindingDiff diff = FindingDiff.between(List.of(finding("PHI_PATIENT_NAME", 10, 20, "x")),
				List.of(finding("PHI_PATIENT_NAME", 10, 25, "x")));

		assertThat(diff.appeared()).extracting(Finding::end).containsExactly(25);
		assertThat(diff.disappeared()).extracting(Finding::end).containsExactly(20);
	}

	@Test
	void identicalScreeningsDifferInNothing() {
		List<Finding> same = List.of(finding("PHI_PATIENT_NAME", 10, 20, "x"));
		assertThat(FindingDiff.between(same, same).isEmpty()).isTrue();
	}
}
