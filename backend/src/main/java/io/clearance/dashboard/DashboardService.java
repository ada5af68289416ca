package io.clearance.dashboard;

import io.clearance.dashboard.Dashboard.Breaches;
import io.clearance.dashboard.Dashboard.CategoryDay;
import io.clearance.dashboard.Dashboard.DayCount;
import io.clearance.dashboard.Dashboard.Queue;
import io.clearance.dashboard.Dashboard.RuleDay;
import io.clearance.dashboard.Dashboard.RuleDismissals;
import io.clearance.dashboard.Dashboard.StageTime;
import io.clearance.posts.PostService;
import io.clearance.posts.ScreenedFinding;
import io.clearance.review.ReviewStatistics;
import io.clearance.rulepacks.RulePackAdministration;
import io.clearance.screening.Category;
import io.clearance.shared.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers the dashboard's figures from the review, posts and rule pack modules; reads only. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

	/** The longest window the dashboard reports. */
	public static final int MAX_DAYS = 366;

	private final ReviewStatistics review;

	private final PostService posts;

	private final RulePackAdministration rulePacks;

	private final Clock clock;

	DashboardService(ReviewStatistics review, PostService posts, RulePackAdministration rulePacks, Clock clock) {
		this.review = review;
		this.posts = posts;
		this.rulePacks = rulePacks;
		this.clock = clock;
	}

	public Dashboard dashboard(int days) {
		if (days < 1 || days > MAX_DAYS) {
			throw new InvalidRequestException("invalid-days", "days must be between 1 and " + MAX_DAYS + ".");
		}
		Instant now = clock.instant();
		// The window covers whole UTC days: today and the days - 1 before it.
		Instant since = now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(days - 1L).atStartOfDay(ZoneOffset.UTC)
			.toInstant();

		List<Queue> queues = review.openTasksPerDefinition().entrySet().stream()
			.map(e -> new Queue(e.getKey(), e.getValue()))
			.toList();
		List<StageTime> stageTimes = review.completedDurations(since).entrySet().stream()
			.map(e -> stageTime(e.getKey(), e.getValue()))
			.toList();

		Map<String, List<Instant>> escalations = review.escalations(since);
		List<Breaches> breaches = escalations.entrySet().stream()
			.map(e -> new Breaches(e.getKey(), e.getValue().size()))
			.toList();
		Map<LocalDate, Long> perDay = new TreeMap<>();
		escalations.values().forEach(list -> list.forEach(at -> perDay.merge(day(at), 1L, Long::sum)));

		Map<LocalDate, Map<Category, Long>> byCategory = new TreeMap<>();
		Map<LocalDate, Map<List<String>, Long>> byRule = new TreeMap<>();
		for (ScreenedFinding finding : posts.findingsScreenedSince(since)) {
			LocalDate day = day(finding.screenedAt());
			byCategory.computeIfAbsent(day, d -> new TreeMap<>()).merge(finding.category(), 1L, Long::sum);
			byRule.computeIfAbsent(day, d -> new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
				.thenComparing(k -> k.get(1)))).merge(List.of(finding.pack(), finding.ruleId()), 1L, Long::sum);
		}
		List<CategoryDay> categories = new ArrayList<>();
		byCategory.forEach((day, counts) -> counts.forEach((category, count) -> categories
			.add(new CategoryDay(day, category, count))));
		List<RuleDay> rules = new ArrayList<>();
		byRule.forEach((day, counts) -> counts.forEach((rule, count) -> rules
			.add(new RuleDay(day, rule.get(0), rule.get(1), count))));

		List<RuleDismissals> dismissals = rulePacks.dismissalRates().stream()
			.filter(rate -> rate.dismissals() > 0)
			.map(rate -> new RuleDismissals(rate.pack(), rate.ruleId(), rate.findings(), rate.dismissals(),
					rate.rate()))
			.toList();

		return new Dashboard(days, since, now, queues, stageTimes, breaches,
				perDay.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList(), categories, rules,
				dismissals);
	}

	private static LocalDate day(Instant at) {
		return at.atZone(ZoneOffset.UTC).toLocalDate();
	}

	/** Median and p90 by nearest rank: the value at rank ceil(q × n). */
	static StageTime stageTime(String key, List<Long> millis) {
		List<Long> sorted = millis.stream().sorted().toList();
		return new StageTime(key, sorted.size(), percentile(sorted, 0.5) / 1000, percentile(sorted, 0.9) / 1000);
	}

	static long percentile(List<Long> sorted, double q) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int rank = (int) Math.ceil(q * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1);
	}
}
