package io.clearance.review;

import io.clearance.posts.Decision;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The approval process's open tasks, as the review module needs them; implemented on the engine. */
public interface ReviewTasks {

	/**
	 * One page of the open tasks assigned to {@code user} or offered to one of {@code groups}: earliest due first,
	 * tasks without a due date last, then by creation; with the number of all such tasks.
	 */
	InboxPage openTasks(String user, Collection<String> groups, int offset, int limit);

	/**
	 * Like {@link #openTasks(String, Collection, int, int)}, of the tasks that pass {@code filter} only: filtered in
	 * the database before paging, so the total is that of the matching tasks.
	 */
	InboxPage openTasks(String user, Collection<String> groups, TaskFilter filter, int offset, int limit);

	Optional<ReviewTask> find(String taskId);

	/** Whether a task with this id existed and has been completed. */
	boolean wasCompleted(String taskId);

	void claim(String taskId, String user);

	void unclaim(String taskId);

	/** Completes a review task with the decision and whether the post now needs legal sign-off. */
	void complete(String taskId, Decision decision, boolean legalRequired);
}
