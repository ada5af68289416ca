package io.clearance.review.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clearance.crisis.process.CrisisFastTrackProcess;
import io.clearance.review.TaskFilter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** The inbox's count on the engine's own H2 schema: exact up to the bound, then served and refreshed. */
class InboxCountsTest {

	private static final List<String> PROCESSES = List.of(PostApprovalProcess.PROCESS_ID,
			CrisisFastTrackProcess.PROCESS_ID);

	private final AtomicLong now = new AtomicLong(1_000_000);

	private JdbcTemplate jdbc;

	private InboxCounts counts;

	@BeforeEach
	void engineSchema() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:inbox-counts-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
		new ResourceDatabasePopulator(
				new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.h2.create.engine.sql"))
			.execute(dataSource);
		jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into ACT_RE_PROCDEF (ID_, REV_, KEY_, VERSION_, RESOURCE_NAME_, SUSPENSION_STATE_) "
				+ "values ('approval:1', 1, 'PostApprovalProcess', 1, 'a.bpmn', 1), "
				+ "('other:1', 1, 'someone-elses-process', 1, 'o.bpmn', 1)");
		counts = new InboxCounts(jdbc, now::get);
	}

	@AfterEach
	void stop() {
		counts.stop();
	}

	@Test
	void aSmallInboxIsCountedExactlyOnEveryRequestAsTheEngineQueryWould() {
		addTasks(3, "approval:1", "compliance", null, true);
		addTasks(2, "approval:1", "legal", null, true);
		addTasks(1, "approval:1", null, "casey", true);
		addTasks(4, "approval:1", "compliance", null, false);
		addTasks(5, "other:1", "compliance", null, true);
		assertThat(count("casey", Set.of("compliance"), TaskFilter.NONE)).isEqualTo(8);
		assertThat(count("casey", Set.of("compliance", "legal"), TaskFilter.NONE)).isEqualTo(10);
		assertThat(count("robin", Set.of(), TaskFilter.NONE)).isZero();
		addTasks(1, "approval:1", "compliance", null, true);
		assertThat(count("casey", Set.of("compliance"), TaskFilter.NONE)).as("never served from before").isEqualTo(9);
	}

	@Test
	void aLargeInboxIsCountedOnceAndServedUntilItIsStaleThenRecountedInTheBackground() {
		addTasks(InboxCounts.EXACT_UP_TO + 5, "approval:1", "compliance", null, true);
		assertThat(count("casey", Set.of("compliance"), TaskFilter.NONE)).isEqualTo(InboxCounts.EXACT_UP_TO + 5);
		addTasks(10, "approval:1", "compliance", null, true);
		assertThat(count("casey", Set.of("compliance"), TaskFilter.NONE)).as("still fresh")
			.isEqualTo(InboxCounts.EXACT_UP_TO + 5);
		assertThat(count("casey", Set.of("compliance", "legal"), TaskFilter.NONE))
			.as("another caller's inbox is counted on its own").isEqualTo(InboxCounts.EXACT_UP_TO + 15);

		now.addAndGet(InboxCounts.FRESH_MILLIS);
		assertThat(count("casey", Set.of("compliance"), TaskFilter.NONE)).as("stale: served while recounted")
			.isEqualTo(InboxCounts.EXACT_UP_TO + 5);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(count("casey", Set.of("compliance"), TaskFilter.NONE))
				.isEqualTo(InboxCounts.EXACT_UP_TO + 15));

		jdbc.update("delete from ACT_RU_IDENTITYLINK");
		jdbc.update("delete from ACT_RU_TASK");
		addTasks(7, "approval:1", "compliance", null, true);
		assertThat(count("casey", Set.of("compliance"), TaskFilter.NONE)).as("back under the bound: exact at once")
			.isEqualTo(7);
	}

	@Test
	void aFilteredInboxIsBoundedTheSameWayPerCallerAndFilter() {
		addTasks(InboxCounts.EXACT_UP_TO + 5, "approval:1", "compliance", null, true);
		addTasks(3, "approval:1", "compliance", "casey", false);
		TaskFilter unclaimed = new TaskFilter(null, null, null, null, false, TaskFilter.Claim.UNCLAIMED, null, false);
		assertThat(count("casey", Set.of("compliance"), unclaimed)).isEqualTo(InboxCounts.EXACT_UP_TO + 5);
		addTasks(2, "approval:1", "compliance", null, true);
		assertThat(count("casey", Set.of("compliance"), unclaimed)).as("served while fresh")
			.isEqualTo(InboxCounts.EXACT_UP_TO + 5);
		assertThat(count("casey", Set.of("compliance"), TaskFilter.NONE)).as("another filter is counted on its own")
			.isEqualTo(InboxCounts.EXACT_UP_TO + 10);
		now.addAndGet(InboxCounts.FRESH_MILLIS);
		count("casey", Set.of("compliance"), unclaimed);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(count("casey", Set.of("compliance"), unclaimed))
				.isEqualTo(InboxCounts.EXACT_UP_TO + 7));
	}

	/** As {@link CamundaReviewTasks} asks for it. */
	private long count(String user, Set<String> groups, TaskFilter filter) {
		FilteredTaskQuery query = new FilteredTaskQuery(user, groups, filter, Instant.now(), PROCESSES, Map.of(),
				Map.of());
		return counts.count(user + "|" + String.join(",", new TreeSet<>(groups)) + "|" + filter, query);
	}

	private final AtomicInteger ids = new AtomicInteger();

	private void addTasks(int count, String definition, String group, String assignee, boolean due) {
		int first = ids.getAndAdd(count) + 1;
		String range = " from SYSTEM_RANGE(" + first + ", " + (first + count - 1) + ") R";
		jdbc.update("insert into ACT_RU_TASK (ID_, REV_, PROC_DEF_ID_, NAME_, ASSIGNEE_, PRIORITY_, CREATE_TIME_, "
				+ "DUE_DATE_, SUSPENSION_STATE_) select concat('t', R.X), 1, ?, 'Review', ?, 50, current_timestamp, "
				+ (due ? "dateadd(DAY, 2, current_timestamp)" : "null") + ", 1" + range, definition, assignee);
		if (group != null) {
			jdbc.update("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_) "
					+ "select concat('l', R.X), 1, ?, 'candidate', concat('t', R.X)" + range, group);
		}
	}
}
