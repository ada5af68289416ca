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
 * ({@link InboxCounts}). The task is {@code t}.
 */
final class VisibleTasks {

	/** The task table alone: the process definition is a condition, not a join (see {@link #where}). */
	static final String FROM = " from ACT_RU_TASK t";

	private VisibleTasks() {
	}

	/**
	 * Appends {@code  where <the task is in the person's inbox>} to {@code sql}, and its bind values to
	 * {@code arguments}; further conditions follow with {@code and}.
	 */
	static void where(StringBuilder sql, List<Object> arguments, String user, Collection<String> groups,
			Collection<String> processKeys) {
		// The process definition is an exists condition rather than a join, so the task table is the only table of
		// the query and a database without statistics (H2 below 2,000 changed rows) still reads it through the
		// inbox's index in the page's order, instead of starting from the definitions and sorting every task.
		sql.append(" where exists (select 1 from ACT_RE_PROCDEF d where d.ID_ = t.PROC_DEF_ID_ and d.KEY_ in (")
			.append(marks(processKeys.size())).append("))");
		arguments.addAll(processKeys);
		sql.append(" and (t.ASSIGNEE_ = ?");
		arguments.add(user);
		if (!groups.isEmpty()) {
			// The candidate links are looked up by task (the engine's index on TASK_ID_), never by group: a group's
			// links are every task of the group, so a plan that scans them for each task reads n² rows. H2 chose
			// that plan before it had analysed the tables (up to ANALYZE_AUTO = 2,000 changed rows, so an inbox of
			// 1,000 tasks took a second to count); the group is therefore compared through coalesce(), which no
			// index can serve, on every database.
			sql.append(" or exists (select 1 from ACT_RU_IDENTITYLINK l where l.TASK_ID_ = t.ID_ and l.TYPE_ = '")
				.append(IdentityLinkType.CANDIDATE).append("' and coalesce(l.GROUP_ID_, '') in (")
				.append(marks(groups.size())).append("))");
			arguments.addAll(groups);
		}
		sql.append(")");
	}

	/** {@code count} bind markers, comma-separated. */
	static String marks(int count) {
		return String.join(",", Collections.nCopies(count, "?"));
	}
}
