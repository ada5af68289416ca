package io.clearance.crisis.process;

import io.clearance.crisis.process.CrisisFastTrackProcess.Var;
import io.clearance.posts.PostService;
import io.clearance.posts.ReviewStage;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_EscalateCrisisApproval}: the crisis approval's SLA ran out. The task is offered to the backup group as
 * well (its first candidates keep it), and the escalation is recorded on the post.
 */
@Component
class EscalateCrisisApprovalDelegate implements JavaDelegate {

	private final TaskService taskService;

	private final PostService posts;

	private final CrisisSla sla;

	EscalateCrisisApprovalDelegate(TaskService taskService, PostService posts, CrisisSla sla) {
		this.taskService = taskService;
		this.posts = posts;
		this.sla = sla;
	}

	@Override
	public void execute(DelegateExecution execution) {
		taskService.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.taskDefinitionKey(CrisisFastTrackProcess.TASK_CRISIS_APPROVAL)
			.list()
			.forEach(task -> taskService.addCandidateGroup(task.getId(), sla.backupGroup()));
		posts.escalated((Long) execution.getVariable(Var.POST_ID), ReviewStage.CRISIS);
	}
}
