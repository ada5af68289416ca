package io.clearance.dashboard;

import io.clearance.screening.Category;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's figures over the last {@code days} days (UTC days). Queue sizes are now; times, breaches and
 * findings are of the window; dismissal rates are over all stored screenings.
 */
public record Dashboard(int days, Instant since, Instant generatedAt, List<Queue> queues, List<StageTime> stageTimes,
		List<Breaches> slaBreaches, List<DayCount> slaBreachesPerDay, List<CategoryDay> findingsByCategory,
		List<RuleDay> findingsByRule, List<RuleDismissals> dismissalsByRule) {

	public record Queue(String taskDefinitionKey, long open) {
	}

	/** Median and 90th percentile (nearest rank) of the time tasks were open until completed. */
	public record StageTime(String taskDefinitionKey, int completed, long medianSeconds, long p90Seconds) {
	}

	public record Breaches(String stage, long count) {
	}

	public record DayCount(LocalDate day, long count) {
	}

	public record CategoryDay(LocalDate day, Category category, long count) {
	}

	public record RuleDay(LocalDate day, String pack, String ruleId, long count) {
	}

	public record RuleDismissals(String pack, String ruleId, long findings, long dismissals, double rate) {
	}
}
