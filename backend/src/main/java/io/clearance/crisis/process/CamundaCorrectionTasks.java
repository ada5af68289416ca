package io.clearance.crisis.process;

import io.clearance.crisis.CorrectionTasks;
import io.clearance.process.TaskRaces;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** {@link CorrectionTasks} on the engine's task service: {@code Task_CorrectOrTakeDown} of the fast track. */
@Component
class CamundaCorrectionTasks implements CorrectionTasks {

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final HistoryService historyService;

	CamundaCorrectionTasks(TaskService taskService, RuntimeService runtimeService, HistoryService historyService) {
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.historyService = historyService;
	}

	@Override
	public Optional<CorrectionTask> find(String taskId) {
		Task task = taskService.createTaskQuery()
			.taskId(taskId)
			.processDefinitionKey(CrisisFastTrackProcess.PROCESS_ID)
			.taskDefinitionKey(CrisisFastTrackProcess.TASK_CORRECT_OR_TAKE_DOWN)
			.singleResult();
		if (task == null) {
			return Optional.empty();
		}
		String businessKey = runtimeService.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult()
			.getBusinessKey();
		List<String> groups = taskService.getIdentityLinksForTask(taskId).stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
		return Optional.of(new CorrectionTask(taskId, Long.parseLong(businessKey), task.getAssignee(), groups));
	}

	@Override
	public boolean wasCompleted(String taskId) {
		return historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
	}

	@Override
	public void complete(String taskId, String user) {
		TaskRaces.run(taskService, taskId, () -> {
			taskService.setAssignee(taskId, user);
			taskService.complete(taskId);
		});
	}
}
