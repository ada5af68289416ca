package io.clearance.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeCycle;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What the Java side relies on in one process: element ids and their types, the delegate each service task calls,
 * the listeners on review tasks, message names, candidate groups, and the process variables Java provides (every
 * expression of the process may read only those and Spring beans). Each process module declares its contract next to
 * its constants class; the modeler refuses a deployment that breaks one, and {@code ProcessContractIT} checks the
 * shipped files with the same {@link #check}.
 */
public final class ProcessContract {

	/** One way a model breaks the contract: the element concerned (or the process id) and why. */
	public record Violation(String elementId, String message) {
	}

	private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);

	private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");

	private static final Pattern IDENTIFIER = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)");

	/** Words of the expression language, and what the engine itself puts in scope. */
	private static final Set<String> BUILT_INS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
			"ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof", "execution", "task", "authenticatedUserId",
			"dateTime", "currentUser", "currentUserGroups", "variableScope", "connector", "caseExecution");

	private final String processKey;

	private final Map<String, Class<? extends FlowElement>> elements = new LinkedHashMap<>();

	private final Map<String, String> delegates = new LinkedHashMap<>();

	private final Set<String> asyncBefore = new LinkedHashSet<>();

	private final Map<String, String> completeListeners = new LinkedHashMap<>();

	private final Map<String, String> messages = new LinkedHashMap<>();

	private final Map<String, Set<String>> candidateGroups = new LinkedHashMap<>();

	private final Map<String, String[]> attachedTimers = new LinkedHashMap<>();

	private final Set<String> variables = new LinkedHashSet<>();

	private Integer minimumHistoryDays;

	private ProcessContract(String processKey) {
		this.processKey = processKey;
	}

	public static ProcessContract of(String processKey) {
		return new ProcessContract(processKey);
	}

	public String processKey() {
		return processKey;
	}

	/** Variables Java provides: the process may read these in its expressions. */
	public Set<String> variables() {
		return Set.copyOf(variables);
	}

	/** Delegate bean of each service task Java binds to. */
	public Map<String, String> delegates() {
		return Map.copyOf(delegates);
	}

	public ProcessContract element(String id, Class<? extends FlowElement> type) {
		elements.put(id, type);
		return this;
	}

	public ProcessContract serviceTask(String id, String delegateBean) {
		elements.put(id, ServiceTask.class);
		delegates.put(id, delegateBean);
		return this;
	}

	/** The service task runs as a job (retried, after the transaction that reached it committed). */
	public ProcessContract asyncBefore(String id) {
		asyncBefore.add(id);
		return this;
	}

	public ProcessContract userTask(String id) {
		elements.put(id, UserTask.class);
		return this;
	}

	public ProcessContract completeListener(String userTaskId, String delegateBean) {
		elements.putIfAbsent(userTaskId, UserTask.class);
		completeListeners.put(userTaskId, delegateBean);
		return this;
	}

	public ProcessContract candidateGroups(String userTaskId, String... groups) {
		elements.putIfAbsent(userTaskId, UserTask.class);
		candidateGroups.put(userTaskId, Set.of(groups));
		return this;
	}

	/** The catch event (or boundary event) {@code eventId} waits for the message {@code messageName}. */
	public ProcessContract message(String eventId, String messageName) {
		messages.put(eventId, messageName);
		return this;
	}

	/** The boundary event {@code eventId} is attached to {@code activityId}; interrupting or not. */
	public ProcessContract boundaryOn(String eventId, String activityId, boolean interrupting) {
		elements.put(eventId, BoundaryEvent.class);
		attachedTimers.put(eventId, new String[] { activityId, String.valueOf(interrupting) });
		return this;
	}

	public ProcessContract variables(String... names) {
		variables.addAll(List.of(names));
		return this;
	}

	/** History must be kept at least this many days (retention of the review record). */
	public ProcessContract minimumHistoryTimeToLive(int days) {
		this.minimumHistoryDays = days;
		return this;
	}

	/**
	 * Every way {@code model} breaks this contract; empty when it satisfies it. {@code isBean} says whether a name
	 * is a bean the expressions may call.
	 */
	public List<Violation> check(BpmnModelInstance model, java.util.function.Predicate<String> isBean) {
		List<Violation> violations = new ArrayList<>();
		ModelElementInstance root = model.getModelElementById(processKey);
		if (!(root instanceof Process process)) {
			violations.add(new Violation(processKey, "the process " + processKey + " is missing"));
			return violations;
		}
		if (minimumHistoryDays != null) {
			Integer ttl = process.getCamundaHistoryTimeToLive();
			if (ttl == null || ttl < minimumHistoryDays) {
				violations.add(new Violation(processKey, "history must be kept at least " + minimumHistoryDays
						+ " days (camunda:historyTimeToLive), not " + process.getCamundaHistoryTimeToLiveString()));
			}
		}
		elements.forEach((id, type) -> {
			ModelElementInstance element = model.getModelElementById(id);
			if (element == null) {
				violations.add(new Violation(id, id + " is missing: Java relies on it (" + simple(type) + ")"));
			}
			else if (!type.isInstance(element)) {
				violations.add(new Violation(id,
						id + " must be a " + simple(type) + ", not a " + element.getElementType().getTypeName()));
			}
		});
		delegates.forEach((id, bean) -> {
			if (model.getModelElementById(id) instanceof ServiceTask task
					&& !("${" + bean + "}").equals(task.getCamundaDelegateExpression())) {
				violations.add(new Violation(id, id + " must call the delegate ${" + bean + "}, not "
						+ describe(task.getCamundaDelegateExpression(), task.getCamundaClass())));
			}
		});
		for (String id : asyncBefore) {
			if (model.getModelElementById(id) instanceof ServiceTask task && !task.isCamundaAsyncBefore()) {
				violations.add(new Violation(id, id + " must be asynchronous before (camunda:asyncBefore): "
						+ "it runs as a retried job"));
			}
		}
		completeListeners.forEach((id, bean) -> {
			if (model.getModelElementById(id) instanceof UserTask task && !hasCompleteListener(task, bean)) {
				violations.add(new Violation(id, id + " must have the task listener ${" + bean
						+ "} on complete (segregation of duties)"));
			}
		});
		candidateGroups.forEach((id, groups) -> {
			if (model.getModelElementById(id) instanceof UserTask task
					&& !Set.copyOf(task.getCamundaCandidateGroupsList()).equals(groups)) {
				violations.add(new Violation(id, id + " must have the candidate groups " + String.join(",",
						groups.stream().sorted().toList()) + ", not " + task.getCamundaCandidateGroups()));
			}
		});
		messages.forEach((id, name) -> {
			ModelElementInstance element = model.getModelElementById(id);
			if (element == null) {
				violations.add(new Violation(id, id + " is missing: Java correlates the message " + name + " to it"));
				return;
			}
			String actual = element.getChildElementsByType(EventDefinition.class).stream()
				.filter(MessageEventDefinition.class::isInstance)
				.map(d -> ((MessageEventDefinition) d).getMessage())
				.map(m -> m == null ? null : m.getName())
				.findFirst().orElse(null);
			if (!name.equals(actual)) {
				violations.add(new Violation(id, id + " must wait for the message " + name + ", not " + actual));
			}
		});
		attachedTimers.forEach((id, attached) -> {
			if (model.getModelElementById(id) instanceof BoundaryEvent event) {
				if (event.getAttachedTo() == null || !attached[0].equals(event.getAttachedTo().getId())) {
					violations.add(new Violation(id, id + " must be attached to " + attached[0]));
				}
				if (event.cancelActivity() != Boolean.parseBoolean(attached[1])) {
					violations.add(new Violation(id, id + " must be " + (Boolean.parseBoolean(attached[1])
							? "interrupting" : "non-interrupting (the task stays open)")));
				}
			}
		});
		if (!variables.isEmpty()) {
			violations.addAll(unknownNames(process, isBean));
		}
		return violations;
	}

	/** Names read by the process's expressions that are neither variables Java provides nor beans. */
	private List<Violation> unknownNames(Process process, java.util.function.Predicate<String> isBean) {
		List<Violation> violations = new ArrayList<>();
		for (BaseElement element : process.getModelInstance().getModelElementsByType(BaseElement.class)) {
			for (String expression : expressionsOf(element)) {
				Matcher m = EXPRESSION.matcher(expression);
				while (m.find()) {
					String body = STRING_LITERAL.matcher(m.group(1)).replaceAll("''");
					Matcher id = IDENTIFIER.matcher(body);
					while (id.find()) {
						String name = id.group(1);
						int after = id.end();
						boolean isCall = after < body.length() && body.charAt(after) == '(';
						if (!isCall && !BUILT_INS.contains(name) && !variables.contains(name) && !isBean.test(name)) {
							violations.add(new Violation(ownerId(element), "the expression " + m.group()
									+ " reads '" + name + "', which is neither a process variable Java provides ("
									+ String.join(", ", variables) + ") nor a bean"));
						}
					}
				}
			}
		}
		return violations;
	}

	/** The element's id, or that of the nearest enclosing element with one (a condition belongs to its flow). */
	private static String ownerId(ModelElementInstance element) {
		for (ModelElementInstance current = element; current != null; current = current.getParentElement()) {
			if (current instanceof BaseElement base && base.getId() != null) {
				return base.getId();
			}
		}
		return null;
	}

	private static Collection<String> expressionsOf(BaseElement element) {
		List<String> expressions = new ArrayList<>();
		if (element instanceof ConditionExpression c) {
			expressions.add(c.getTextContent());
		}
		if (element instanceof TimeDate || element instanceof TimeDuration || element instanceof TimeCycle) {
			expressions.add(element.getTextContent());
		}
		if (element instanceof UserTask task) {
			add(expressions, task.getCamundaAssignee(), task.getCamundaCandidateGroups(),
					task.getCamundaCandidateUsers(), task.getCamundaDueDate(), task.getCamundaFollowUpDate());
		}
		if (element instanceof ServiceTask task) {
			add(expressions, task.getCamundaExpression(), task.getCamundaDelegateExpression());
		}
		return expressions;
	}

	private static void add(List<String> list, String... values) {
		for (String value : values) {
			if (value != null) {
				list.add(value);
			}
		}
	}

	private static boolean hasCompleteListener(UserTask task, String bean) {
		if (task.getExtensionElements() == null) {
			return false;
		}
		return task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
			.anyMatch(l -> "complete".equals(l.getCamundaEvent())
					&& ("${" + bean + "}").equals(l.getCamundaDelegateExpression()));
	}

	private static String describe(String delegateExpression, String className) {
		if (delegateExpression != null) {
			return delegateExpression;
		}
		return className == null ? "nothing" : "class " + className;
	}

	private static String simple(Class<?> type) {
		String name = type.getSimpleName();
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}
}
