package io.clearance.review.process;

import io.clearance.crisis.process.CrisisFastTrackProcess;
import io.clearance.review.ReviewStatistics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/** {@link ReviewStatistics} from the engine's runtime tasks and its history. */
@Component
class CamundaReviewStatistics implements ReviewStatistics {

	private static final List<String> PROCESSES = List.of(PostApprovalProcess.PROCESS_ID,
			CrisisFastTrackProcess.PROCESS_ID);

	/** The service task that records each stage's SLA escalation. */
	private static final Map<String, String> ESCALATIONS = Map.of(
			PostApprovalProcess.TASK_ESCALATE_COMPLIANCE_REVIEW, "COMPLIANCE",
			PostApprovalProcess.TASK_ESCALATE_LEGAL_SIGN_OFF, "LEGAL",
			CrisisFastTrackProcess.TASK_ESCALATE_CRISIS_APPROVAL, "CRISIS");

	private final TaskService taskService;

	private final HistoryService historyService;

	CamundaReviewStatistics(TaskService taskService, HistoryService historyService) {
		this.taskService = taskService;
		this.historyService = historyService;
	}

	@Override
	public Map<String, Long> openTasksPerDefinition() {
		Map<String, Long> open = new TreeMap<>();
		taskService.createTaskQuery().processDefinitionKeyIn(PROCESSES.toArray(String[]::new)).list()
			.forEach(task -> open.merge(task.getTaskDefinitionKey(), 1L, Long::sum));
		return open;
	}

	@Override
	public Map<String, List<Long>> completedDurations(Instant since) {
		Map<String, List<Long>> durations = new TreeMap<>();
		for (String process : PROCESSES) {
			for (HistoricTaskInstance task : historyService.createHistoricTaskInstanceQuery()
				.processDefinitionKey(process)
				.finished()
				.finishedAfter(Date.from(since))
				.list()) {
				// Tasks ended by a withdrawal or an edit were not worked to the end: only completed ones count.
				if (task.getDurationInMillis() != null && "completed".equals(task.getDeleteReason())) {
					durations.computeIfAbsent(task.getTaskDefinitionKey(), k -> new ArrayList<>())
						.add(task.getDurationInMillis());
				}
			}
		}
		return durations;
	}

	@Override
	public Map<String, List<Instant>> escalations(Instant since) {
		Map<String, List<Instant>> escalations = new TreeMap<>();
		ESCALATIONS.forEach((activityId, stage) -> {
			for (HistoricActivityInstance run : historyService.createHistoricActivityInstanceQuery()
				.activityId(activityId)
				.startedAfter(Date.from(since))
				.list()) {
				escalations.computeIfAbsent(stage, k -> new ArrayList<>()).add(run.getStartTime().toInstant());
			}
		});
		return escalations;
	}
}
