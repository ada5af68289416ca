package io.clearance.review.process;

import io.clearance.posts.ApprovalWorkflow;
import io.clearance.review.process.PostApprovalProcess.Var;
import io.clearance.shared.ConflictException;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** {@link ApprovalWorkflow} on {@code post-approval.bpmn}. The post id is the process's business key. */
@Component
class CamundaApprovalWorkflow implements ApprovalWorkflow {

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	CamundaApprovalWorkflow(RuntimeService runtimeService, TaskService taskService) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
	}

	@Override
	public String start(long postId, String author) {
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(PostApprovalProcess.PROCESS_ID,
				String.valueOf(postId), Map.of(Var.POST_ID, postId, Var.AUTHOR, author));
		return instance.getId();
	}

	@Override
	public void resubmitted(long postId) {
		Task revise = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(postId))
			.processDefinitionKey(PostApprovalProcess.PROCESS_ID).taskDefinitionKey(PostApprovalProcess.TASK_REVISE)
			.singleResult();
		if (revise == null) {
			throw new ConflictException("illegal-transition",
					"Post " + postId + " is not waiting for a revision in its approval process.");
		}
		taskService.complete(revise.getId());
	}

	@Override
	public void revised(long postId) {
		try {
			runtimeService.createMessageCorrelation(PostApprovalProcess.MESSAGE_POST_REVISED)
				.processInstanceBusinessKey(String.valueOf(postId))
				.correlate();
		}
		catch (MismatchingMessageCorrelationException e) {
			throw new ConflictException("publication-in-progress", "Post " + postId
					+ " is being published and can no longer be changed; withdraw it or edit the published post later.");
		}
	}

	@Override
	public void publicationTimeChosen(long postId, java.time.Instant publishAt) {
		Task choice = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(postId))
			.processDefinitionKey(PostApprovalProcess.PROCESS_ID)
			.taskDefinitionKey(PostApprovalProcess.TASK_CHOOSE_PUBLICATION_TIME)
			.singleResult();
		if (choice == null) {
			throw new ConflictException("illegal-transition", "Post " + postId
					+ " is not waiting for a choice of publication time (only a post approved after its scheduled time"
					+ " is).");
		}
		taskService.complete(choice.getId(), Map.of(Var.PUBLISH_AT, java.util.Date.from(publishAt)));
	}

	@Override
	public void withdrawn(long postId) {
		runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(postId))
			.processDefinitionKey(PostApprovalProcess.PROCESS_ID).list()
			.forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "withdrawn by the author"));
	}
}
