package io.clearance.review;

import io.clearance.posts.Decision;
import io.clearance.posts.SuggestedEdit;
import io.clearance.posts.PostService;
import io.clearance.posts.PostSummary;
import io.clearance.security.Caller;
import io.clearance.shared.BadRequestException;
import io.clearance.shared.ConflictException;
import io.clearance.shared.ForbiddenException;
import io.clearance.shared.InvalidRequestException;
import io.clearance.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reviewers' inbox: which tasks a person may work, claiming them and deciding them. */
@Service
@Transactional
public class ReviewService {

	private final ReviewTasks tasks;

	private final PostService posts;

	ReviewService(ReviewTasks tasks, PostService posts) {
		this.tasks = tasks;
		this.posts = posts;
	}

	/** The largest page {@link #inbox(Caller, int, int)} serves. */
	public static final int MAX_PAGE = 1000;

	/** Every open task the caller may work (unbounded: for callers that know the set is small). */
	@Transactional(readOnly = true)
	public List<ReviewTask> inbox(Caller caller) {
		return tasks.openTasks(caller.username(), caller.groups(), 0, Integer.MAX_VALUE).tasks();
	}

	/** One page of the open tasks the caller may work, earliest due first, and how many there are in all. */
	@Transactional(readOnly = true)
	public InboxPage inbox(Caller caller, int offset, int limit) {
		if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
			throw new BadRequestException("bad-page",
					"offset must be 0 or more and limit between 1 and " + MAX_PAGE + ".");
		}
		return tasks.openTasks(caller.username(), caller.groups(), offset, limit);
	}

	/** One page of the open tasks the caller may work that pass the filter, and how many pass it in all. */
	@Transactional(readOnly = true)
	public InboxPage inbox(Caller caller, TaskFilter filter, int offset, int limit) {
		if (filter.isNone()) {
			return inbox(caller, offset, limit);
		}
		if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
			throw new BadRequestException("bad-page",
					"offset must be 0 or more and limit between 1 and " + MAX_PAGE + ".");
		}
		return tasks.openTasks(caller.username(), caller.groups(), filter, offset, limit);
	}

	/** Summaries of the tasks' posts, keyed by post id, in a fixed number of queries however many tasks there are. */
	@Transactional(readOnly = true)
	public Map<Long, PostSummary> postSummaries(List<ReviewTask> tasks) {
		return posts.summaries(tasks.stream().map(ReviewTask::postId).collect(Collectors.toSet()));
	}

	/** One open task the caller may work. */
	@Transactional(readOnly = true)
	public ReviewTask task(String taskId, Caller caller) {
		return workable(taskId, caller);
	}

	public ReviewTask claim(String taskId, Caller caller) {
		ReviewTask task = workable(taskId, caller);
		if (task.assignee() != null && !task.assignee().equals(caller.username())) {
			throw new ConflictException("task-claimed", "Task " + taskId + " is already claimed by " + task.assignee()
					+ ".");
		}
		if (task.stage() != null && posts.get(task.postId()).author().equals(caller.username())) {
			throw new ForbiddenException("segregation-of-duties", "Nobody may review their own post.");
		}
		tasks.claim(taskId, caller.username());
		return tasks.find(taskId).orElseThrow();
	}

	public ReviewTask unclaim(String taskId, Caller caller) {
		ReviewTask task = workable(taskId, caller);
		if (task.assignee() != null && !task.assignee().equals(caller.username()) && !caller.isAdmin()) {
			throw new ForbiddenException("not-the-assignee",
					"Task " + taskId + " is claimed by " + task.assignee() + "; only they or an administrator may release it.");
		}
		tasks.unclaim(taskId);
		return tasks.find(taskId).orElseThrow();
	}

	/**
	 * Records the decision on the post's current revision and completes the task, in one transaction: if either
	 * is refused, neither happens.
	 */
	public void decide(String taskId, Caller caller, Decision decision, String comment, boolean escalateToLegal) {
		decide(taskId, caller, decision, comment, escalateToLegal, List.of());
	}

	/** As above, a request for changes carrying suggested edits of the decided revision's text. */
	public void decide(String taskId, Caller caller, Decision decision, String comment, boolean escalateToLegal,
			List<SuggestedEdit> suggestedEdits) {
		Objects.requireNonNull(decision, "decision");
		ReviewTask task = workable(taskId, caller);
		if (task.stage() == null) {
			throw new InvalidRequestException("not-a-review-task",
					"Task " + taskId + " is not a review; the author completes it on the post (resubmitting it, or "
							+ "choosing when to publish it).");
		}
		if (task.assignee() != null && !task.assignee().equals(caller.username())) {
			throw new ConflictException("task-claimed",
					"Task " + taskId + " is claimed by " + task.assignee() + "; only they can decide it.");
		}
		boolean legalRequired = posts
			.decide(task.postId(), task.stage(), decision, caller.username(), comment, escalateToLegal, taskId,
					suggestedEdits)
			.legalRequired();
		if (task.assignee() == null) {
			tasks.claim(taskId, caller.username());
		}
		tasks.complete(taskId, decision, legalRequired);
	}

	private ReviewTask workable(String taskId, Caller caller) {
		ReviewTask task = tasks.find(taskId).orElseThrow(() -> tasks.wasCompleted(taskId)
				? new ConflictException("task-completed", "Task " + taskId + " has already been completed.")
				: new NotFoundException("There is no open task " + taskId + "."));
		boolean mayWork = caller.isAdmin() || caller.username().equals(task.assignee())
				|| task.candidateGroups().stream().anyMatch(caller::isIn);
		if (!mayWork) {
			if (tasks.wasCompleted(taskId) || tasks.find(taskId).isEmpty()) {
				// completed by someone else between our reading the task and its candidate groups (the engine
				// removes a task's identity links as it completes it, so the groups read came back empty)
				throw new ConflictException("task-completed", "Task " + taskId + " has already been completed.");
			}
			throw new ForbiddenException("not-a-candidate", "Task " + taskId + " is not offered to your groups.");
		}
		return task;
	}
}
