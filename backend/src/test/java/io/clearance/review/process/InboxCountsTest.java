package io.clearance.review.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clearance.crisis.process.CrisisFastTrackProcess;
import io.clearance.review.TaskFilter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
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

	private final AtomicInteger exactCalls = new AtomicInteger();

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
		assertThat(dated("casey", Set.of("compliance"))).isEqualTo(4);
		assertThat(dated("casey", Set.of("compliance", "legal"))).isEqualTo(6);
		assertThat(dated("robin", Set.of())).isZero();
		addTasks(1, "approval:1", "compliance", null, true);
		assertThat(dated("casey", Set.of("compliance"))).isEqualTo(5);
		assertThat(exactCalls).as("no full count below the bound").hasValue(0);
	}

	@Test
	void aLargeInboxIsCountedOnceAndServedUntilItIsStaleThenRecountedInTheBackground() {
		addTasks(InboxCounts.EXACT_UP_TO + 5, "approval:1", "compliance", null, true);
		assertThat(dated("casey", Set.of("compliance"))).isEqualTo(InboxCounts.EXACT_UP_TO + 5);
		assertThat(exactCalls).hasValue(1);
		addTasks(10, "approval:1", "compliance", null, true);
		assertThat(dated("casey", Set.of("compliance"))).as("still fresh").isEqualTo(InboxCounts.EXACT_UP_TO + 5);
		assertThat(exactCalls).hasValue(1);

		now.addAndGet(InboxCounts.FRESH_MILLIS);
		assertThat(dated("casey", Set.of("compliance"))).as("stale: served while recounted")
			.isEqualTo(InboxCounts.EXACT_UP_TO + 5);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(dated("casey", Set.of("compliance")))
				.isEqualTo(InboxCounts.EXACT_UP_TO + 15));
		assertThat(exactCalls).hasValue(2);

		jdbc.update("delete from ACT_RU_IDENTITYLINK");
		jdbc.update("delete from ACT_RU_TASK");
		addTasks(7, "approval:1", "compliance", null, true);
		assertThat(dated("casey", Set.of("compliance"))).as("back under the bound: exact at once").isEqualTo(7);
	}

	@Test
	void aFilteredInboxIsBoundedTheSameWayPerCallerAndFilter() {
		jdbc.update("update ACT_RE_PROCDEF set KEY_ = ? where ID_ = 'approval:1'", PostApprovalProcess.PROCESS_ID);
		addTasks(InboxCounts.EXACT_UP_TO + 5, "approval:1", "compliance", null, true);
		addTasks(3, "approval:1", "compliance", null, false);
		TaskFilter unclaimed = new TaskFilter(null, null, null, null, false, TaskFilter.Claim.UNCLAIMED, null, false);
		FilteredTaskQuery query = new FilteredTaskQuery("casey", Set.of("compliance"), unclaimed,
				java.time.Instant.now(), PROCESSES, java.util.Map.of(), java.util.Map.of());
		assertThat(counts.filtered("casey|compliance|unclaimed", query)).isEqualTo(InboxCounts.EXACT_UP_TO + 8);
		addTasks(2, "approval:1", "compliance", null, true);
		assertThat(counts.filtered("casey|compliance|unclaimed", query)).as("served while fresh")
			.isEqualTo(InboxCounts.EXACT_UP_TO + 8);
		assertThat(counts.filtered("casey|compliance|unclaimed, latest due first", query))
			.as("another filter is counted on its own").isEqualTo(InboxCounts.EXACT_UP_TO + 10);
		now.addAndGet(InboxCounts.FRESH_MILLIS);
		counts.filtered("casey|compliance|unclaimed", query);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(counts.filtered("casey|compliance|unclaimed", query))
				.isEqualTo(InboxCounts.EXACT_UP_TO + 10));
	}

	private long dated(String user, Set<String> groups) {
		return counts.dated(user, groups, PROCESSES, () -> {
			exactCalls.incrementAndGet();
			return jdbc.queryForObject("select count(distinct T.ID_) from ACT_RU_TASK T join ACT_RE_PROCDEF D on "
					+ "D.ID_ = T.PROC_DEF_ID_ left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = T.ID_ where D.KEY_ in "
					+ "('PostApprovalProcess', 'CrisisFastTrackProcess') and T.DUE_DATE_ is not null and "
					+ "(T.ASSIGNEE_ = ? or (I.TYPE_ = 'candidate' and I.GROUP_ID_ in ('"
					+ String.join("','", groups) + "')))", Long.class, user);
		});
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
