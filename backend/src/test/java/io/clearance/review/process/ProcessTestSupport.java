package io.clearance.review.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearance.posts.Decision;
import io.clearance.posts.PostService;
import io.clearance.posts.PostStatus;
import io.clearance.review.ReviewService;
import io.clearance.security.Caller;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every process test class needs to drive the engine by hand (the job executor is off there): a post's task,
 * deciding it through the review module, the one job of an instance and running it.
 */
public abstract class ProcessTestSupport {

	@Autowired
	protected PostService posts;

	@Autowired
	protected ReviewService review;

	@Autowired
	protected RuntimeService runtimeService;

	@Autowired
	protected TaskService taskService;

	@Autowired
	protected ManagementService managementService;

	protected Task task(long postId, String key) {
		return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(postId)).taskDefinitionKey(key)
			.singleResult();
	}

	protected void decide(long postId, String key, Caller reviewer, Decision decision, String comment) {
		review.decide(task(postId, key).getId(), reviewer, decision, comment, false);
	}

	/** The instance's only job; fails when there is none or more than one. */
	protected Job job(ProcessInstance instance) {
		List<Job> jobs = managementService.createJobQuery().processInstanceId(instance.getId()).list();
		assertThat(jobs).hasSize(1);
		return jobs.get(0);
	}

	protected void executeJob(ProcessInstance instance) {
		managementService.executeJob(job(instance).getId());
	}

	protected PostStatus status(long postId) {
		return posts.get(postId).status();
	}
}
