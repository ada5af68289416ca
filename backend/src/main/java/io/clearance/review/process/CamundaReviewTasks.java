package io.clearance.review.process;

import io.clearance.crisis.process.CrisisFastTrackProcess;
import io.clearance.posts.Decision;
import io.clearance.posts.ReviewStage;
import io.clearance.process.TaskRaces;
import io.clearance.review.InboxPage;
import io.clearance.review.ReviewTask;
import io.clearance.review.ReviewTasks;
import io.clearance.review.TaskFilter;
import io.clearance.review.process.PostApprovalProcess.Var;
import io.clearance.shared.ConflictException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link ReviewTasks} on the engine's task service: the tasks of the post approval and crisis fast-track processes. */
@Component
class CamundaReviewTasks implements ReviewTasks {

	private static final Map<String, ReviewStage> STAGES = Map.of(PostApprovalProcess.TASK_COMPLIANCE_REVIEW,
			ReviewStage.COMPLIANCE, PostApprovalProcess.TASK_LEGAL_SIGN_OFF, ReviewStage.LEGAL,
			CrisisFastTrackProcess.TASK_CRISIS_APPROVAL, ReviewStage.CRISIS,
			CrisisFastTrackProcess.TASK_RETROSPECTIVE_REVIEW, ReviewStage.RETROSPECTIVE);

	/** The service task that records a stage's SLA escalation. */
	private static final Map<ReviewStage, String> ESCALATIONS = Map.of(ReviewStage.COMPLIANCE,
			PostApprovalProcess.TASK_ESCALATE_COMPLIANCE_REVIEW, ReviewStage.LEGAL,
			PostApprovalProcess.TASK_ESCALATE_LEGAL_SIGN_OFF, ReviewStage.CRISIS,
			CrisisFastTrackProcess.TASK_ESCALATE_CRISIS_APPROVAL);

	private static final String[] PROCESSES = { PostApprovalProcess.PROCESS_ID, CrisisFastTrackProcess.PROCESS_ID };

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final HistoryService historyService;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final InboxCounts counts;

	CamundaReviewTasks(TaskService taskService, RuntimeService runtimeService, HistoryService historyService,
			JdbcTemplate jdbc, Clock clock, InboxCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
		this.clock = clock;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.historyService = historyService;
	}

	@Override
	public InboxPage openTasks(String user, Collection<String> groups, int offset, int limit) {
		return openTasks(user, groups, TaskFilter.NONE, offset, limit);
	}

	@Override
	public InboxPage openTasks(String user, Collection<String> groups, TaskFilter filter, int offset, int limit) {
		// Paged and sorted in the database, through the inbox index (InboxIndex): the database stops at the end of the
		// page however many tasks are open; the count is bounded (InboxCounts). No filter is the empty filter.
		FilteredTaskQuery query = new FilteredTaskQuery(user, groups, filter, clock.instant(), List.of(PROCESSES),
				STAGES, ESCALATIONS);
		long total = counts.count(user + "|" + String.join(",", new TreeSet<>(groups)) + "|" + filter, query);
		List<String> ids = query.page(jdbc, offset, limit);
		Map<String, Task> byId = ids.isEmpty() ? Map.of()
				: taskService.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).list().stream()
					.collect(Collectors.toMap(Task::getId, task -> task));
		// a task completed between the two reads is left out of the page
		List<OpenTask> tasks = ids.stream().map(byId::get).filter(Objects::nonNull).map(OpenTask::of).toList();
		Map<String, String> businessKeys = businessKeys(tasks);
		Map<String, List<String>> candidates = candidateGroups(tasks);
		Set<String> escalated = escalatedTasks(tasks);
		return new InboxPage(tasks.stream()
			.filter(task -> businessKeys.containsKey(task.processInstanceId()))
			.map(task -> view(task, businessKeys.get(task.processInstanceId()),
					candidates.getOrDefault(task.id(), List.of()), escalated.contains(task.id())))
			.toList(), total);
	}

	/**
	 * One read of the engine's tables: the task (of one of {@link #PROCESSES}), its process instance's business key
	 * and its candidate groups, one row per group. Before, the engine's task query, its process instance query and
	 * a read of the identity links made three reads, two of them engine commands: 7 % of a post's CPU in the engine
	 * benchmark (docs/benchmarks.md, Engine), since every claim and decision checks its task first.
	 */
	private static final String FIND_SQL = "select T.ID_, T.NAME_, T.TASK_DEF_KEY_, T.ASSIGNEE_, T.DUE_DATE_, T.CREATE_TIME_,"
			+ " T.PROC_INST_ID_, E.BUSINESS_KEY_, L.GROUP_ID_ from ACT_RU_TASK T"
			+ " join ACT_RE_PROCDEF D on D.ID_ = T.PROC_DEF_ID_"
			+ " join ACT_RU_EXECUTION E on E.ID_ = T.PROC_INST_ID_"
			+ " left join ACT_RU_IDENTITYLINK L on L.TASK_ID_ = T.ID_ and L.TYPE_ = '" + IdentityLinkType.CANDIDATE
			+ "' and L.GROUP_ID_ is not null"
			+ " where T.ID_ = ? and D.KEY_ in (" + String.join(",", Collections.nCopies(PROCESSES.length, "?"))
			+ ") order by L.GROUP_ID_";

	@Override
	public Optional<ReviewTask> find(String taskId) {
		List<Object> arguments = new ArrayList<>();
		arguments.add(taskId);
		arguments.addAll(List.of(PROCESSES));
		OpenTask[] task = new OpenTask[1];
		String[] businessKey = new String[1];
		List<String> groups = new ArrayList<>();
		jdbc.query(FIND_SQL, row -> {
			if (task[0] == null) {
				task[0] = new OpenTask(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						date(row.getTimestamp(5)), date(row.getTimestamp(6)), row.getString(7));
				businessKey[0] = row.getString(8);
			}
			if (row.getString(9) != null) {
				groups.add(row.getString(9));
			}
		}, arguments.toArray());
		if (task[0] == null || businessKey[0] == null) {
			// no such open task of these processes (a process that ended took its tasks with it)
			return Optional.empty();
		}
		return Optional.of(view(task[0], businessKey[0], groups, escalatedTasks(List.of(task[0])).contains(taskId)));
	}

	private static Date date(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : new Date(timestamp.getTime());
	}

	/** What Clearance reads of an open task: from the engine's task query, or from {@link #FIND_SQL}. */
	private record OpenTask(String id, String name, String taskDefinitionKey, String assignee, Date dueDate,
			Date createTime, String processInstanceId) {

		static OpenTask of(Task task) {
			return new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getAssignee(),
					task.getDueDate(), task.getCreateTime(), task.getProcessInstanceId());
		}
	}

	@Override
	public boolean wasCompleted(String taskId) {
		return historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
	}

	@Override
	public void claim(String taskId, String user) {
		try {
			TaskRaces.run(taskService, taskId, () -> taskService.claim(taskId, user));
		}
		catch (TaskAlreadyClaimedException e) {
			throw new ConflictException("task-claimed", "Task " + taskId + " is already claimed by "
					+ e.getTaskAssignee() + ".");
		}
	}

	@Override
	public void unclaim(String taskId) {
		TaskRaces.run(taskService, taskId, () -> taskService.setAssignee(taskId, null));
	}

	@Override
	public void complete(String taskId, Decision decision, boolean legalRequired) {
		TaskRaces.run(taskService, taskId, () -> taskService.complete(taskId,
				Map.of(Var.DECISION, decision.name(), Var.LEGAL_REQUIRED, legalRequired)));
	}

	private Map<String, String> businessKeys(List<OpenTask> tasks) {
		Set<String> ids = tasks.stream().map(OpenTask::processInstanceId).collect(Collectors.toSet());
		if (ids.isEmpty()) {
			return Map.of();
		}
		return runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
	}

	/**
	 * The candidate groups of the tasks in one read of the engine's identity links (the task service offers them
	 * only task by task, which made one query per task of the page).
	 */
	private Map<String, List<String>> candidateGroups(List<OpenTask> tasks) {
		if (tasks.isEmpty()) {
			return Map.of();
		}
		Map<String, List<String>> groups = new HashMap<>();
		for (int from = 0; from < tasks.size(); from += 500) {
			List<String> ids = tasks.subList(from, Math.min(tasks.size(), from + 500)).stream().map(OpenTask::id)
				.toList();
			String in = String.join(",", Collections.nCopies(ids.size(), "?"));
			jdbc.query("select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = '"
					+ IdentityLinkType.CANDIDATE + "' and GROUP_ID_ is not null and TASK_ID_ in (" + in
					+ ") order by GROUP_ID_", row -> {
						groups.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2));
					}, ids.toArray());
		}
		return groups;
	}

	/**
	 * The overdue tasks whose SLA escalation has run: an escalation activity of the task's stage in its process
	 * instance, started at or after the task was created. Escalations only fire at a task's due date, so only
	 * overdue tasks are looked up: one read of the engine's activity history per stage among them, for their process
	 * instances only (through the history's index on process instance and activity), none while nothing is
	 * overdue. Reading every escalation since the oldest overdue task, across all instances, grew with the history.
	 */
	private Set<String> escalatedTasks(List<OpenTask> tasks) {
		Date now = Date.from(clock.instant());
		Map<ReviewStage, List<OpenTask>> overdue = tasks.stream()
			.filter(task -> task.dueDate() != null && task.dueDate().before(now))
			.filter(task -> ESCALATIONS.containsKey(STAGES.get(task.taskDefinitionKey())))
			.collect(Collectors.groupingBy(task -> STAGES.get(task.taskDefinitionKey())));
		Set<String> escalated = new HashSet<>();
		overdue.forEach((stage, stageTasks) -> {
			Map<String, List<Date>> runs = new HashMap<>();
			List<String> instances = stageTasks.stream().map(OpenTask::processInstanceId).distinct().toList();
			for (int from = 0; from < instances.size(); from += 500) {
				List<String> ids = instances.subList(from, Math.min(instances.size(), from + 500));
				List<Object> arguments = new ArrayList<>();
				arguments.add(ESCALATIONS.get(stage));
				arguments.addAll(ids);
				jdbc.query("select PROC_INST_ID_, START_TIME_ from ACT_HI_ACTINST where ACT_ID_ = ? and PROC_INST_ID_ in ("
						+ String.join(",", Collections.nCopies(ids.size(), "?")) + ")", row -> {
							runs.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getTimestamp(2));
						}, arguments.toArray());
			}
			for (OpenTask task : stageTasks) {
				if (runs.getOrDefault(task.processInstanceId(), List.of()).stream()
					.anyMatch(start -> !start.before(task.createTime()))) {
					escalated.add(task.id());
				}
			}
		});
		return escalated;
	}

	private static ReviewTask view(OpenTask task, String businessKey, List<String> candidateGroups,
			boolean escalated) {
		return new ReviewTask(task.id(), task.name(), task.taskDefinitionKey(), Long.parseLong(businessKey),
				task.assignee(), task.dueDate() == null ? null : task.dueDate().toInstant(),
				task.createTime().toInstant(), candidateGroups, STAGES.get(task.taskDefinitionKey()), escalated);
	}
}
