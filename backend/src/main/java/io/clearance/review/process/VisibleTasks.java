package io.clearance.review.process;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Which open tasks a person's inbox holds, as SQL on the engine's tables: the tasks of the given process definitions
 * that are assigned to them, or offered to one of their groups (assigned or not). The same rule as the engine's task
 * query in {@link CamundaReviewTasks#openTasks(String, Collection, int, int)}; written once here for the two inbox
 * queries the engine's query cannot do: the filtered page ({@link FilteredTaskQuery}) and the bounded count
 * ({@link InboxCounts}). The task is {@code t}, its process definition {@code d}.
 */
final class VisibleTasks {

	/** The task and its process definition. */
	static final String FROM = " from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_";

	private VisibleTasks() {
	}

	/**
	 * Appends {@code  where <the task is in the person's inbox>} to {@code sql}, and its bind values to
	 * {@code arguments}; further conditions follow with {@code and}.
	 */
	static void where(StringBuilder sql, List<Object> arguments, String user, Collection<String> groups,
			Collection<String> processKeys) {
		sql.append(" where d.KEY_ in (").append(marks(processKeys.size())).append(")");
		arguments.addAll(processKeys);
		sql.append(" and (t.ASSIGNEE_ = ?");
		arguments.add(user);
		if (!groups.isEmpty()) {
			sql.append(" or exists (select 1 from ACT_RU_IDENTITYLINK l where l.TASK_ID_ = t.ID_ and l.TYPE_ = '")
				.append(IdentityLinkType.CANDIDATE).append("' and l.GROUP_ID_ in (").append(marks(groups.size()))
				.append("))");
			arguments.addAll(groups);
		}
		sql.append(")");
	}

	/** {@code count} bind markers, comma-separated. */
	static String marks(int count) {
		return String.join(",", Collections.nCopies(count, "?"));
	}
}
