package io.clearance.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardServiceTest {

	@Test
	void medianAndNinetiethPercentileAreNearestRank() {
		List<Long> millis = List.of(100_000L, 9_000L, 1_000L, 8_000L, 2_000L, 7_000L, 3_000L, 6_000L, 4_000L, 5_000L);
		var stage = DashboardService.stageTime("Task_ComplianceReview", millis);
		assertThat(stage.completed()).isEqualTo(10);
		assertThat(stage.medianSeconds()).isEqualTo(5);
		assertThat(stage.p90Seconds()).isEqualTo(9);
		assertThat(DashboardService.percentile(List.of(42_000L), 0.9)).isEqualTo(42_000L);
		assertThat(DashboardService.percentile(List.of(), 0.5)).isZero();
	}
}
