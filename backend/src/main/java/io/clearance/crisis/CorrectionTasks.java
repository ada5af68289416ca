package io.clearance.crisis;

import java.util.List;
import java.util.Optional;

/**
 * The fast track's correction-or-takedown tasks, as the crisis module needs them; implemented on the engine next to
 * the BPMN process.
 */
public interface CorrectionTasks {

	/** The open correction task with this id, if there is one. */
	Optional<CorrectionTask> find(String taskId);

	/** Whether a task with this id existed and has been completed. */
	boolean wasCompleted(String taskId);

	/** Completes the task as {@code user}. */
	void complete(String taskId, String user);

	record CorrectionTask(String id, long postId, String assignee, List<String> candidateGroups) {
	}
}
