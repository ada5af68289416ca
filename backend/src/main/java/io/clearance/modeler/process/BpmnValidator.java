package io.clearance.modeler.process;

import io.clearance.modeler.BpmnProblem;
import io.clearance.process.ProcessContract;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.script.ScriptEngineManager;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checks a BPMN file the way it would meet the engine, without deploying it: well-formed XML, BPMN 2.0, the engine's
 * own parser (run inside a command on a deployment that is never saved), an executable process with a history
 * time to live, script languages this server allows and can run, delegates and classes that exist here,
 * bpmnlint-like structure checks, and the process contract of each process the Java side binds to.
 */
@Component
class BpmnValidator {

	static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\s*\\$\\{\\s*([A-Za-z_]\\w*)\\s*([.}])");

	private final ProcessEngine engine;

	private final ApplicationContext beans;

	private final List<ProcessContract> contracts;

	private final ModelerProperties properties;

	BpmnValidator(ProcessEngine engine, ApplicationContext beans, List<ProcessContract> contracts,
			ModelerProperties properties) {
		this.engine = engine;
		this.beans = beans;
		this.contracts = contracts;
		this.properties = properties;
	}

	List<BpmnProblem> validate(byte[] xml) {
		Document document;
		try {
			document = parseXml(xml);
		}
		catch (Exception e) {
			return List.of(new BpmnProblem(null, "not-xml", "The file is not well-formed XML: " + e.getMessage()));
		}
		Element root = document.getDocumentElement();
		if (!BPMN_NS.equals(root.getNamespaceURI()) || !"definitions".equals(root.getLocalName())) {
			return List.of(new BpmnProblem(null, "not-bpmn", "The file is XML but not BPMN 2.0: its root element is "
					+ root.getTagName() + (root.getNamespaceURI() == null ? "" : " of " + root.getNamespaceURI())
					+ ", not definitions of " + BPMN_NS + "."));
		}
		BpmnModelInstance model;
		try {
			model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
		}
		catch (RuntimeException e) {
			return List.of(new BpmnProblem(null, "bpmn-schema",
					"The file does not follow the BPMN 2.0 schema: " + rootMessage(e)));
		}
		List<Process> executable = model.getModelElementsByType(Process.class).stream()
			.filter(Process::isExecutable)
			.toList();
		if (executable.isEmpty()) {
			return List.of(new BpmnProblem(null, "no-executable-process",
					"The file has no executable process (isExecutable=\"true\"): there is nothing the engine could run."));
		}
		Set<BpmnProblem> problems = new LinkedHashSet<>();
		for (Process process : executable) {
			if (process.getCamundaHistoryTimeToLiveString() == null
					|| process.getCamundaHistoryTimeToLiveString().isBlank()) {
				problems.add(new BpmnProblem(process.getId(), "history-time-to-live", "The process " + process.getId()
						+ " has no camunda:historyTimeToLive: say how many days its history is kept."));
			}
		}
		checkScripts(model, problems);
		checkDelegates(model, problems);
		lint(model, problems);
		for (Process process : executable) {
			contracts.stream().filter(c -> c.processKey().equals(process.getId())).forEach(contract -> contract
				.check(model, beans::containsBean)
				.forEach(v -> problems.add(new BpmnProblem(v.elementId(), "contract", v.message()))));
		}
		boolean ttlReported = problems.stream().anyMatch(p -> p.rule().equals("history-time-to-live"));
		for (BpmnProblem problem : parse(xml)) {
			if (!(ttlReported && problem.message().contains("History Time To Live"))) {
				problems.add(problem);
			}
		}
		return List.copyOf(problems);
	}

	/** The engine's own parser and its parse listeners, on a deployment that is never saved. */
	private List<BpmnProblem> parse(byte[] xml) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		BpmnParser parser = bpmnParser(configuration);
		try {
			// The parse errors are caught inside the command, so that the engine does not log them as its own failure.
			return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
				DeploymentEntity deployment = new DeploymentEntity();
				deployment.setName("validation");
				try {
					parser.createParse().sourceInputStream(new ByteArrayInputStream(xml)).deployment(deployment)
						.name("validation.bpmn").execute();
					return List.<BpmnProblem>of();
				}
				catch (ParseException e) {
					return problems(e);
				}
			});
		}
		catch (RuntimeException e) {
			return List.of(new BpmnProblem(null, "camunda-parser", rootMessage(e)));
		}
	}

	private static List<BpmnProblem> problems(ParseException e) {
		List<BpmnProblem> problems = new ArrayList<>();
		for (ResourceReport report : e.getResorceReports()) {
			for (Problem problem : report.getErrors()) {
				problems.add(new BpmnProblem(problem.getMainElementId(), "camunda-parser", problem.getMessage()));
			}
		}
		if (problems.isEmpty()) {
			problems.add(new BpmnProblem(null, "camunda-parser", e.getMessage()));
		}
		return problems;
	}

	private static BpmnParser bpmnParser(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getDeployers() != null) {
			for (Deployer deployer : configuration.getDeployers()) {
				if (deployer instanceof BpmnDeployer bpmn) {
					return bpmn.getBpmnParser();
				}
			}
		}
		throw new IllegalStateException("the engine has no BPMN deployer");
	}

	private void checkScripts(BpmnModelInstance model, Collection<BpmnProblem> problems) {
		for (ScriptTask task : model.getModelElementsByType(ScriptTask.class)) {
			checkLanguage(task.getId(), task.getScriptFormat(), problems);
		}
		for (CamundaScript script : model.getModelElementsByType(CamundaScript.class)) {
			checkLanguage(owner(script), script.getCamundaScriptFormat(), problems);
		}
		for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
			if (condition.getLanguage() != null) {
				checkLanguage(owner(condition), condition.getLanguage(), problems);
			}
		}
	}

	private void checkLanguage(String elementId, String language, Collection<BpmnProblem> problems) {
		List<String> allowed = properties.scriptLanguages();
		if (language == null || language.isBlank()) {
			problems.add(new BpmnProblem(elementId, "script-language",
					"The script of " + elementId + " names no language (scriptFormat)."));
		}
		else if (!allowed.contains(language.toLowerCase(Locale.ROOT))) {
			problems.add(new BpmnProblem(elementId, "script-language", "The script language '" + language + "' of "
					+ elementId + " is not allowed on this server (allowed: " + String.join(", ", allowed) + ")."));
		}
		else if (new ScriptEngineManager().getEngineByName(language) == null) {
			problems.add(new BpmnProblem(elementId, "script-language", "This server has no script engine for '"
					+ language + "' (" + elementId + "); the script could never run."));
		}
	}

	private void checkDelegates(BpmnModelInstance model, Collection<BpmnProblem> problems) {
		for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
			checkImplementation(task.getId(), task.getCamundaClass(), task.getCamundaDelegateExpression(), problems);
		}
		for (SendTask task : model.getModelElementsByType(SendTask.class)) {
			checkImplementation(task.getId(), task.getCamundaClass(), task.getCamundaDelegateExpression(), problems);
		}
		for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
			checkImplementation(task.getId(), task.getCamundaClass(), task.getCamundaDelegateExpression(), problems);
		}
		for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
			checkImplementation(owner(listener), listener.getCamundaClass(), listener.getCamundaDelegateExpression(),
					problems);
		}
		for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
			checkImplementation(owner(listener), listener.getCamundaClass(), listener.getCamundaDelegateExpression(),
					problems);
		}
	}

	private void checkImplementation(String elementId, String className, String delegateExpression,
			Collection<BpmnProblem> problems) {
		if (className != null && !className.isBlank()) {
			try {
				Class.forName(className.strip(), false, getClass().getClassLoader());
			}
			catch (ClassNotFoundException | LinkageError e) {
				problems.add(new BpmnProblem(elementId, "missing-class",
						elementId + " calls the class " + className + ", which does not exist on this server."));
			}
		}
		if (delegateExpression != null && !delegateExpression.isBlank()) {
			Matcher bean = BEAN_EXPRESSION.matcher(delegateExpression);
			if (bean.find() && !beans.containsBean(bean.group(1))) {
				problems.add(new BpmnProblem(elementId, "missing-delegate", elementId + " calls the delegate "
						+ delegateExpression + ", but this server has no bean named " + bean.group(1) + "."));
			}
		}
	}

	/** Structure checks in the spirit of bpmnlint's recommended rules. */
	private static void lint(BpmnModelInstance model, Collection<BpmnProblem> problems) {
		List<BaseElement> scopes = new ArrayList<>();
		scopes.addAll(model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList());
		scopes.addAll(model.getModelElementsByType(SubProcess.class).stream().filter(s -> !s.triggeredByEvent())
			.toList());
		for (BaseElement scope : scopes) {
			Collection<FlowElement> children = scope instanceof Process p ? p.getFlowElements()
					: ((SubProcess) scope).getFlowElements();
			String what = scope instanceof Process ? "The process " : "The sub-process ";
			if (children.stream().noneMatch(StartEvent.class::isInstance)) {
				problems.add(new BpmnProblem(scope.getId(), "start-event-required",
						what + scope.getId() + " has no start event."));
			}
			if (children.stream().noneMatch(EndEvent.class::isInstance)) {
				problems.add(new BpmnProblem(scope.getId(), "end-event-required",
						what + scope.getId() + " has no end event."));
			}
		}
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			boolean eventSubProcess = node instanceof SubProcess s && s.triggeredByEvent();
			if (!(node instanceof BoundaryEvent) && !eventSubProcess && node.getIncoming().isEmpty()
					&& node.getOutgoing().isEmpty()) {
				problems.add(new BpmnProblem(node.getId(), "no-disconnected",
						label(node) + " is not connected to anything."));
			}
			if (node instanceof Gateway && node.getOutgoing().isEmpty()) {
				problems.add(new BpmnProblem(node.getId(), "gateway-no-outgoing",
						"The gateway " + label(node) + " has no outgoing sequence flow."));
			}
			if (node instanceof UserTask && (node.getName() == null || node.getName().isBlank())) {
				problems.add(new BpmnProblem(node.getId(), "label-required",
						"The user task " + node.getId() + " has no name: people see it in their inbox."));
			}
		}
	}

	private static String label(FlowNode node) {
		return node.getName() == null || node.getName().isBlank() ? node.getId()
				: node.getId() + " (\"" + node.getName() + "\")";
	}

	/** The id of the nearest enclosing element that has one (a listener's task, a condition's flow). */
	private static String owner(ModelElementInstance element) {
		ModelElementInstance current = element.getParentElement();
		while (current != null) {
			if (current instanceof BaseElement base && base.getId() != null) {
				return base.getId();
			}
			current = current.getParentElement();
		}
		return null;
	}

	private static Document parseXml(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		var builder = factory.newDocumentBuilder();
		builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
		return builder.parse(new ByteArrayInputStream(xml));
	}

	private static String rootMessage(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return String.valueOf(t.getMessage());
	}
}
