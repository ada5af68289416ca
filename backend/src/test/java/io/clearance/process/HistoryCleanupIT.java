package io.clearance.process;

import io.clearance.support.TestEngines;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * History clean-up is switched on by configuration (application.yaml, docs/operations.md): a nightly batch window,
 * removal-time based, so each process's camunda:historyTimeToLive decides when its history goes.
 */
@SpringBootTest(properties = TestEngines.HISTORY_CLEANUP_TESTS)
@ActiveProfiles("test")
class HistoryCleanupIT {

	@Autowired
	ProcessEngineConfigurationImpl engine;

	@Autowired
	HistoryService historyService;

	@Test
	void theEngineCleansUpHistoryByRemovalTimeInANightlyWindow() {
		assertThat(engine.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
		assertThat(engine.getHistoryRemovalTimeStrategy()).isEqualTo("end");
		assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
		assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
		assertThat(engine.isHistoryCleanupEnabled()).isTrue();
	}

	@Test
	void theCleanupJobIsScheduledInsideTheWindow() {
		List<Job> jobs = historyService.findHistoryCleanupJobs();
		assertThat(jobs).isNotEmpty();
		for (Job job : jobs) {
			LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
			assertThat(due).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
		}
	}
}
