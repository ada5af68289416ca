package io.clearance.process;

import io.clearance.shared.ConflictException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;

/**
 * Engine commands on a task that someone else may be completing at the same moment. The engine reports that race
 * in several ways: a stale revision, a task it cannot find, or (claiming a task whose process instance a concurrent
 * decision has just ended) a NullPointerException from inside the command. Whatever it throws, a task that is gone
 * by now is a conflict ({@code task-completed}, 409), not a server error; the caller's transaction rolls back either
 * way. A claim refused because someone holds the task is passed on as it is.
 */
public final class TaskRaces {

	private TaskRaces() {
	}

	public static void run(TaskService taskService, String taskId, Runnable command) {
		try {
			command.run();
		}
		catch (TaskAlreadyClaimedException e) {
			throw e;
		}
		catch (OptimisticLockingException | NullValueException e) {
			throw completedMeanwhile(taskId);
		}
		catch (RuntimeException e) {
			if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
				throw completedMeanwhile(taskId);
			}
			throw e;
		}
	}

	private static ConflictException completedMeanwhile(String taskId) {
		return new ConflictException("task-completed",
				"Task " + taskId + " was changed or completed by someone else at the same moment.");
	}
}
