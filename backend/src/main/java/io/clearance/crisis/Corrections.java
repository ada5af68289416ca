package io.clearance.crisis;

import io.clearance.crisis.CorrectionTasks.CorrectionTask;
import io.clearance.posts.Correction;
import io.clearance.posts.Post;
import io.clearance.posts.PostService;
import io.clearance.publishing.PublishingService;
import io.clearance.security.Caller;
import io.clearance.shared.ConflictException;
import io.clearance.shared.ForbiddenException;
import io.clearance.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a retrospective finding on a fast-tracked update, a crisis lead publishes a correction or takes the update
 * down and records which here: the record on the post and the task's completion happen together. A takedown deletes
 * the update on every platform through the platforms' APIs; when a platform refuses, nothing is recorded and the
 * task stays open (with the platform's message in the answer).
 */
@Service
@Transactional
public class Corrections {

	private final CorrectionTasks tasks;

	private final PostService posts;

	private final PublishingService publishing;

	Corrections(CorrectionTasks tasks, PostService posts, PublishingService publishing) {
		this.tasks = tasks;
		this.posts = posts;
		this.publishing = publishing;
	}

	public Post record(String taskId, Caller caller, Correction correction, String comment) {
		CorrectionTask task = tasks.find(taskId).orElseThrow(() -> tasks.wasCompleted(taskId)
				? new ConflictException("task-completed", "Task " + taskId + " has already been completed.")
				: new NotFoundException("There is no open correction task " + taskId + "."));
		boolean mayWork = caller.isAdmin() || caller.username().equals(task.assignee())
				|| task.candidateGroups().stream().anyMatch(caller::isIn);
		if (!mayWork) {
			throw new ForbiddenException("not-a-candidate", "Task " + taskId + " is not offered to your groups.");
		}
		if (task.assignee() != null && !task.assignee().equals(caller.username())) {
			throw new ConflictException("task-claimed",
					"Task " + taskId + " is claimed by " + task.assignee() + "; only they can complete it.");
		}
		Post post = posts.recordCorrection(task.postId(), correction, caller.username(), comment);
		if (correction == Correction.TAKEN_DOWN) {
			publishing.deleteEverywhere(task.postId());
		}
		tasks.complete(taskId, caller.username());
		return post;
	}
}
