package io.clearance.crisis.process;

import io.clearance.crisis.IncidentService;
import io.clearance.crisis.process.CrisisFastTrackProcess.Var;
import io.clearance.posts.FastTrackWorkflow;
import io.clearance.posts.Post;
import io.clearance.screening.PostKind;
import io.clearance.shared.ConflictException;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * {@link FastTrackWorkflow} on {@code crisis-fast-track.bpmn}: a crisis update submitted while any incident is open
 * takes it (the incident's platform scope is for the freeze; a crisis update is about the crisis wherever it is
 * posted). The post id is the process's business key, as in the post approval process.
 */
@Component
class CamundaFastTrackWorkflow implements FastTrackWorkflow {

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final IncidentService incidents;

	CamundaFastTrackWorkflow(RuntimeService runtimeService, TaskService taskService, IncidentService incidents) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.incidents = incidents;
	}

	@Override
	public Optional<String> startIfApplicable(Post post) {
		if (post.kind() != PostKind.CRISIS_UPDATE) {
			return Optional.empty();
		}
		return incidents.latestOpen()
			.map(incident -> runtimeService
				.startProcessInstanceByKey(CrisisFastTrackProcess.PROCESS_ID, String.valueOf(post.id()),
						Map.of(Var.POST_ID, post.id(), Var.AUTHOR, post.author(), Var.INCIDENT_ID, incident.id()))
				.getId());
	}

	@Override
	public boolean runs(long postId) {
		return runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(postId))
			.processDefinitionKey(CrisisFastTrackProcess.PROCESS_ID)
			.active()
			.count() > 0;
	}

	@Override
	public void resubmitted(long postId) {
		Task revise = taskService.createTaskQuery()
			.processInstanceBusinessKey(String.valueOf(postId))
			.processDefinitionKey(CrisisFastTrackProcess.PROCESS_ID)
			.taskDefinitionKey(CrisisFastTrackProcess.TASK_REVISE)
			.singleResult();
		if (revise == null) {
			throw new ConflictException("illegal-transition",
					"Crisis update " + postId + " is not waiting for a revision on the fast track.");
		}
		taskService.complete(revise.getId());
	}

	@Override
	public void withdrawn(long postId) {
		runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(postId))
			.processDefinitionKey(CrisisFastTrackProcess.PROCESS_ID)
			.list()
			.forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "withdrawn by the author"));
	}
}
