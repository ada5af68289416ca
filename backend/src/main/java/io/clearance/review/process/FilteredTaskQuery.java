package io.clearance.review.process;

import io.clearance.posts.ReviewStage;
import io.clearance.review.TaskFilter;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox's task query, with or without filters ({@link TaskFilter#NONE}): SQL on the engine's task table for a
 * page of task ids and for the count, with the filters on the post as {@code exists} sub-queries on the post tables
 * (reached through the process instance's business key, the post id). The engine's task query cannot filter by the post, and handing it the
 * matching business keys would make an IN list of every matching post (tens of thousands, past PostgreSQL's limit on
 * bind parameters). Which tasks a person may see is {@link VisibleTasks}: the same as the engine's query.
 */
class FilteredTaskQuery {

	/** Due within this long (and not yet overdue): "due soon", as the UI's SLA badge says. */
	static final Duration DUE_SOON = Duration.ofHours(1);

	private final StringBuilder where = new StringBuilder();

	private final List<Object> arguments = new ArrayList<>();

	private final boolean dueDescending;

	FilteredTaskQuery(String user, Collection<String> groups, TaskFilter filter, Instant now, List<String> processes,
			Map<String, ReviewStage> stages, Map<ReviewStage, String> escalations) {
		this.dueDescending = filter.dueDescending();
		VisibleTasks.where(where, arguments, user, groups, processes);
		if (filter.stage() != null) {
			List<String> keys = stages.entrySet().stream().filter(e -> e.getValue() == filter.stage())
				.map(Map.Entry::getKey).sorted().toList();
			where.append(" and t.TASK_DEF_KEY_ in (").append(VisibleTasks.marks(keys.size())).append(")");
			arguments.addAll(keys);
		}
		if (filter.claim() == TaskFilter.Claim.MINE) {
			where.append(" and t.ASSIGNEE_ = ?");
			arguments.add(user);
		}
		else if (filter.claim() == TaskFilter.Claim.UNCLAIMED) {
			where.append(" and t.ASSIGNEE_ is null");
		}
		if (filter.due() == TaskFilter.Due.DUE_SOON) {
			where.append(" and t.DUE_DATE_ >= ? and t.DUE_DATE_ <= ?");
			arguments.add(Timestamp.from(now));
			arguments.add(Timestamp.from(now.plus(DUE_SOON)));
		}
		else if (filter.due() != null) {
			where.append(" and t.DUE_DATE_ < ?");
			arguments.add(Timestamp.from(now));
		}
		if (filter.due() == TaskFilter.Due.ESCALATED) {
			escalated(stages, escalations);
		}
		if (filter.onPost()) {
			onPost(filter);
		}
	}

	/**
	 * An escalation activity of the task's stage ran in its process instance at or after the task was created (as
	 * {@code CamundaReviewTasks.escalatedTasks} decides it for a page).
	 */
	private void escalated(Map<String, ReviewStage> stages, Map<ReviewStage, String> escalations) {
		List<String> pairs = new ArrayList<>();
		stages.entrySet().stream().filter(e -> escalations.containsKey(e.getValue()))
			.sorted(Map.Entry.comparingByKey()).forEach(e -> {
				pairs.add("(t.TASK_DEF_KEY_ = ? and h.ACT_ID_ = ?)");
				arguments.add(e.getKey());
				arguments.add(escalations.get(e.getValue()));
			});
		where.append(" and exists (select 1 from ACT_HI_ACTINST h where h.PROC_INST_ID_ = t.PROC_INST_ID_")
			.append(" and h.START_TIME_ >= t.CREATE_TIME_ and (").append(String.join(" or ", pairs)).append("))");
	}

	/**
	 * The post's filters, on the post of the task's process instance (its business key is the post id). The cast
	 * is guarded by the task's process definition, so only the business keys of the approval and crisis processes
	 * (always post ids) are ever read as numbers: a database that joins the executions before the tasks must not
	 * cast the business key of another process (one started in Cockpit, say) and fail.
	 */
	private void onPost(TaskFilter filter) {
		where.append(" and exists (select 1 from ACT_RU_EXECUTION e join post p on p.id = case when e.PROC_DEF_ID_")
			.append(" = t.PROC_DEF_ID_ then cast(e.BUSINESS_KEY_ as bigint) end")
			.append(" where e.ID_ = t.PROC_INST_ID_");
		if (filter.crisisOnly()) {
			where.append(" and p.kind = 'CRISIS_UPDATE'");
		}
		if (filter.platform() != null) {
			where.append(" and exists (select 1 from post_platform pp where pp.post_id = p.id and pp.platform = ?)");
			arguments.add(filter.platform().name());
		}
		if (filter.route() != null || filter.category() != null) {
			// the latest screening, if it screened the current revision (as PostService.summaries reports it)
			where.append(" and exists (select 1 from screening s where s.post_id = p.id")
				.append(" and s.revision = p.current_revision")
				.append(" and s.id = (select max(s2.id) from screening s2 where s2.post_id = p.id)");
			if (filter.route() != null) {
				where.append(" and s.route = ?");
				arguments.add(filter.route().name());
			}
			if (filter.category() != null) {
				where.append(" and exists (select 1 from screening_finding f where f.screening_id = s.id")
					.append(" and f.category = ?)");
				arguments.add(filter.category().name());
			}
			where.append(")");
		}
		where.append(")");
	}

	long count(JdbcTemplate jdbc) {
		Long count = jdbc.queryForObject("select count(*)" + VisibleTasks.FROM + where, Long.class, arguments.toArray());
		return count == null ? 0 : count;
	}

	/** {@link #count}, but counting at most {@code cap} tasks: bounded work however many match. */
	long countUpTo(JdbcTemplate jdbc, int cap) {
		Long count = jdbc.queryForObject(countUpToSql(cap), Long.class, with());
		return count == null ? 0 : count;
	}

	/** The query of {@link #countUpTo}; its bind values are {@link #with()}. */
	String countUpToSql(int cap) {
		return "select count(*) from (select t.ID_" + VisibleTasks.FROM + where + " fetch first " + cap + " rows only) C";
	}

	/** The bind values of the conditions. */
	Object[] with() {
		return arguments.toArray();
	}

	/**
	 * The ids of one page: due first (earliest, or latest), tasks without a due date last, then by creation. Two
	 * queries, as the unfiltered inbox does: the dated tasks in the order of the inbox's index (due date, creation
	 * time, id), which the database walks and leaves at the end of the page, then, if the page is not full, the tasks
	 * without a due date. One query ordered by "no due date last" would sort every matching task for each page.
	 */
	List<String> page(JdbcTemplate jdbc, int offset, int limit) {
		List<String> ids = new ArrayList<>(jdbc.queryForList(datedPage(), String.class, with(offset, limit)));
		if (ids.size() < limit) {
			// past the dated tasks: their number is known from this page, unless the page started beyond them
			long dated = ids.isEmpty() && offset > 0 ? jdbc.queryForObject("select count(*)" + VisibleTasks.FROM
					+ where + " and t.DUE_DATE_ is not null", Long.class, arguments.toArray()) : offset + ids.size();
			ids.addAll(jdbc.queryForList("select t.ID_" + VisibleTasks.FROM + where
					+ " and t.DUE_DATE_ is null order by t.CREATE_TIME_, t.ID_ offset ? rows fetch next ? rows only",
					String.class, with((int) Math.max(0, offset - dated), limit - ids.size())));
		}
		return ids;
	}

	/** The query of a page of dated tasks; its bind values are {@link #with(int, int)}. */
	String datedPage() {
		String order = dueDescending ? " desc" : "";
		return "select t.ID_" + VisibleTasks.FROM + where + " and t.DUE_DATE_ is not null order by t.DUE_DATE_" + order
				+ ", t.CREATE_TIME_" + order + ", t.ID_" + order + " offset ? rows fetch next ? rows only";
	}

	/** The bind values of a page query. */
	Object[] with(int offset, int limit) {
		List<Object> page = new ArrayList<>(arguments);
		page.add(offset);
		page.add(limit);
		return page.toArray();
	}
}
