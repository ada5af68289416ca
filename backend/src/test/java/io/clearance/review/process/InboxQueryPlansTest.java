package io.clearance.review.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearance.crisis.process.CrisisFastTrackProcess;
import io.clearance.posts.ReviewStage;
import io.clearance.review.TaskFilter;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * How H2 runs the inbox's own queries on the engine's schema with 1,000 open tasks it has not analysed yet (H2
 * analyses a table after 2,000 changed rows): the plans, not timings. Before, the count looked up each task's
 * candidate links through the index on the group, which holds every task of the group: 1,000 × 1,000 rows, a
 * second per inbox request (docs/benchmarks.md, HTTP).
 */
class InboxQueryPlansTest {

	private static final List<String> PROCESSES = List.of(PostApprovalProcess.PROCESS_ID,
			CrisisFastTrackProcess.PROCESS_ID);

	private JdbcTemplate jdbc;

	@BeforeEach
	void aThousandUnanalysedTasks() throws SQLException {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:inbox-plans-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
		new ResourceDatabasePopulator(
				new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.h2.create.engine.sql"))
			.execute(dataSource);
		dataSource.getConnection().close();
		InboxIndex.create(dataSource);
		jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into ACT_RE_PROCDEF (ID_, REV_, KEY_, VERSION_, RESOURCE_NAME_, SUSPENSION_STATE_) "
				+ "values ('approval:1', 1, 'PostApprovalProcess', 1, 'a.bpmn', 1)");
		String range = " from SYSTEM_RANGE(1, 1000) R";
		jdbc.update("insert into ACT_RU_TASK (ID_, REV_, PROC_DEF_ID_, TASK_DEF_KEY_, NAME_, PRIORITY_, CREATE_TIME_, "
				+ "DUE_DATE_, SUSPENSION_STATE_) select concat('t', R.X), 1, 'approval:1', '"
				+ PostApprovalProcess.TASK_COMPLIANCE_REVIEW + "', 'Review', 50, current_timestamp, "
				+ "dateadd(SECOND, R.X, current_timestamp), 1" + range);
		jdbc.update("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_) "
				+ "select concat('l', R.X), 1, 'compliance', 'candidate', concat('t', R.X)" + range);
	}

	@Test
	void theBoundedCountLooksUpEachTasksCandidateLinksByTaskNotByGroup() {
		FilteredTaskQuery query = new FilteredTaskQuery("casey", Set.of("compliance"), TaskFilter.NONE,
				Instant.now(), PROCESSES, Map.of(), Map.of());
		String plan = jdbc.queryForObject("explain " + query.countUpToSql(1001), String.class, query.with());
		assertThat(plan).as(plan).contains("ACT_FK_TSKASS_TASK_INDEX_A: TASK_ID_ = T.ID_")
			.doesNotContain("ACT_IDX_IDENT_LNK_GROUP");
		assertThat(query.countUpTo(jdbc, 1001)).isEqualTo(1000);
	}

	@Test
	void aFilteredPageWalksTheInboxIndexInEitherDirectionInsteadOfSortingEveryTask() {
		for (boolean descending : new boolean[] { false, true }) {
			TaskFilter filter = new TaskFilter(ReviewStage.COMPLIANCE, null, null, null, false, null, null,
					descending);
			FilteredTaskQuery query = new FilteredTaskQuery("casey", Set.of("compliance"), filter, Instant.now(),
					PROCESSES, Map.of(PostApprovalProcess.TASK_COMPLIANCE_REVIEW, ReviewStage.COMPLIANCE), Map.of());
			List<String> page = query.page(jdbc, 0, 3);
			assertThat(page).as("descending " + descending)
				.containsExactlyElementsOf(descending ? List.of("t1000", "t999", "t998") : List.of("t1", "t2", "t3"));
			assertThat(query.countUpTo(jdbc, 1001)).isEqualTo(1000);
			assertThat(query.countUpTo(jdbc, 10)).isEqualTo(10);
			String plan = jdbc.queryForObject("explain " + query.datedPage(), String.class, query.with(0, 3));
			assertThat(plan).as(plan).contains(InboxIndex.NAME).contains("index sorted");
		}
	}

}
