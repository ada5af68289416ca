package io.clearance.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clearance.api.ApiClient;
import io.clearance.api.ApiClient.Response;
import io.clearance.audit.AuditTrail;
import io.clearance.crisis.process.CrisisFastTrackProcess;
import io.clearance.review.process.PostApprovalProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The process modeler's API over real HTTP on the real engine: every refusal of the issue leaves the engine
 * unchanged; a good deployment makes a new version while running instances stay on theirs; drafts, live counts,
 * export, migration, audit and who may do what.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProcessModelerIT {

	static final String TEST_KEY = "ModelerTestProcess";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationContext context;

	ApiClient modeler() {
		return ApiClient.as(port, "modeler");
	}

	ApiClient admin() {
		return ApiClient.as(port, "admin");
	}

	@AfterEach
	void removeTestInstances() {
		runtime.createProcessInstanceQuery().processDefinitionKey(TEST_KEY).list()
			.forEach(i -> runtime.deleteProcessInstance(i.getId(), "test over"));
	}

	// Refusals: a clear 4xx naming the problem, and nothing deployed

	@Test
	void refusesAFileThatIsNotXml() {
		assertRefused(("this is { not xml"), 400, "not-xml", null);
	}

	@Test
	void refusesXmlThatIsNotBpmn() {
		assertRefused(("<?xml version=\"1.0\"?><project><modelVersion>4.0.0</modelVersion></project>"), 422,
				"not-bpmn", null);
	}

	@Test
	void refusesAModelWithoutAnExecutableProcess() {
		String xml = simpleProcess(TEST_KEY, userTask("Task", "Review")).replace("isExecutable=\"true\"",
				"isExecutable=\"false\"");
		assertRefused((xml), 422, "no-executable-process", null);
	}

	@Test
	void refusesAScriptInALanguageThisServerCannotRun() {
		String task = """
				<bpmn:scriptTask id="Task" name="Compute" scriptFormat="javascript">
				  <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
				  <bpmn:script>1 + 1</bpmn:script>
				</bpmn:scriptTask>""";
		assertRefused((simpleProcess(TEST_KEY, task)), 422, "script-language", "Task");
	}

	@Test
	void refusesAScriptWithoutALanguage() {
		String task = """
				<bpmn:scriptTask id="Task" name="Compute">
				  <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
				  <bpmn:script>1 + 1</bpmn:script>
				</bpmn:scriptTask>""";
		assertRefused((simpleProcess(TEST_KEY, task)), 422, "script-language", "Task");
	}

	@Test
	void refusesAServiceTaskCallingADelegateThatDoesNotExist() {
		String task = """
				<bpmn:serviceTask id="Task_Notify" name="Notify" camunda:delegateExpression="${notifyEveryoneDelegate}">
				  <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
				</bpmn:serviceTask>""";
		Response refused = assertRefused(simpleProcess(TEST_KEY, task.replace("Task_Notify", "Task")), 422, "missing-delegate", "Task");
		assertThat(refused.body()).contains("notifyEveryoneDelegate");
	}

	@Test
	void refusesAServiceTaskCallingAClassThatDoesNotExist() {
		String task = """
				<bpmn:serviceTask id="Task" name="Notify" camunda:class="com.example.NoSuchDelegate">
				  <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
				</bpmn:serviceTask>""";
		assertRefused((simpleProcess(TEST_KEY, task)), 422, "missing-class", "Task");
	}

	@Test
	void refusesAProcessWithoutHistoryTimeToLive() {
		String xml = simpleProcess(TEST_KEY, userTask("Task", "Review")).replace(" camunda:historyTimeToLive=\"30\"",
				"");
		assertRefused((xml), 422, "history-time-to-live", TEST_KEY);
	}

	@Test
	void refusesLintProblems() {
		String xml = simpleProcess(TEST_KEY, userTask("Task", "")).replace("<bpmn:endEvent id=\"End\">",
				"<bpmn:exclusiveGateway id=\"Gateway_Lonely\" /><bpmn:endEvent id=\"End\">");
		Response refused = assertRefused(xml, 422, "label-required", "Task");
		assertThat(problems(refused)).contains("no-disconnected@Gateway_Lonely", "gateway-no-outgoing@Gateway_Lonely");
	}

	@Test
	void refusesWhatOnlyTheEnginesOwnParserFinds() {
		String timer = """
				<bpmn:intermediateCatchEvent id="Task" name="Wait">
				  <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
				  <bpmn:timerEventDefinition id="Timer_Unset" />
				</bpmn:intermediateCatchEvent>""";
		assertRefused(simpleProcess(TEST_KEY, timer), 422, "camunda-parser", "Task");
	}

	@Test
	void refusesAnUploadOf20Megabytes() {
		long before = repository.createProcessDefinitionQuery().count();
		String xml = simpleProcess(TEST_KEY, userTask("Task", "Review")).replace("</bpmn:definitions>",
				"<!-- " + "x".repeat(20 * 1024 * 1024) + " --></bpmn:definitions>");
		Response refused = modeler().post("/api/processes/deployments", Map.of("xml", xml));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
		assertThat(refused.contentType()).contains("application/problem+json");
		assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(before);
	}

	@Test
	void refusesAnApprovalProcessThatBreaksTheContractNamingTheElement() throws IOException {
		String xml = shipped("post-approval.bpmn").replace("${publishPostDelegate}", "${approvePostDelegate}");
		Response refused = assertRefused(xml, 422, "contract", PostApprovalProcess.TASK_PUBLISH_POST);
		assertThat(refused.body()).contains("publishPostDelegate");

		String withoutReview = shipped("crisis-fast-track.bpmn").replace("Task_RetrospectiveReview",
				"Task_LaterReview");
		assertRefused((withoutReview), 422, "contract", CrisisFastTrackProcess.TASK_RETROSPECTIVE_REVIEW);
	}

	@Test
	void validationReportsProblemsAndNeverDeploys() throws IOException {
		long before = repository.createProcessDefinitionQuery().count();

		Response bad = modeler().post("/api/processes/validate", Map.of("xml", "not xml"));
		Response good = modeler().post("/api/processes/validate", Map.of("xml", shipped("post-approval.bpmn")));

		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.json().get("valid").asBoolean()).isFalse();
		assertThat(bad.json().at("/problems/0/rule").asText()).isEqualTo("not-xml");
		assertThat(good.status()).as(good.toString()).isEqualTo(200);
		assertThat(good.json().get("valid").asBoolean()).as(good.toString()).isTrue();
		assertThat(good.json().get("problems")).isEmpty();
		assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(before);
	}

	// A good deployment

	@Test
	void deploysANewVersionOfTheApprovalProcessAuditedAndListedFirst() throws IOException {
		int latest = latestVersion(PostApprovalProcess.PROCESS_ID);
		String xml = shipped("post-approval.bpmn").replace("name=\"Revise post\"", "name=\"Revise the post\"");

		Response deployed = modeler().post("/api/processes/deployments",
				Map.of("xml", xml, "fileName", "post-approval.bpmn", "comment", "clearer label"));

		assertThat(deployed.status()).as(deployed.toString()).isEqualTo(201);
		assertThat(deployed.json().get("key").asText()).isEqualTo(PostApprovalProcess.PROCESS_ID);
		assertThat(deployed.json().get("version").asInt()).isEqualTo(latest + 1);
		String definitionId = deployed.json().get("definitionId").asText();

		JsonNode first = modeler().get("/api/processes").json().get(0);
		assertThat(first.get("definitionId").asText()).isEqualTo(definitionId);
		assertThat(first.get("source").asText()).isEqualTo("MODELER");
		assertThat(first.get("deployedBy").asText()).isEqualTo("modeler");
		assertThat(first.has("runningInstances") && first.has("openIncidents") && first.has("deployedAt")).isTrue();
		JsonNode one = admin().get("/api/processes/" + definitionId).json();
		assertThat(one.get("comment").asText()).isEqualTo("clearer label");
		assertThat(one.get("xml").asText()).contains("Revise the post");

		assertThat(audit.entriesOfType("PROCESS_DEPLOYED")).anySatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo("modeler");
			assertThat(entry.detail()).contains(PostApprovalProcess.PROCESS_ID + " version " + (latest + 1))
				.contains("changed: " + PostApprovalProcess.TASK_REVISE).contains("clearer label");
		});

		// A restart deploys processes/ again with duplicate filtering: the modeler's version stays the latest.
		((SmartInitializingSingleton) context.getBean("processDeployer")).afterSingletonsInstantiated();
		assertThat(latestVersion(PostApprovalProcess.PROCESS_ID)).isEqualTo(latest + 1);
	}

	@Test
	void runningInstancesStayOnTheirVersionUntilAnAdministratorMigratesThem() {
		String v1 = deployOk(simpleProcess(TEST_KEY, userTask("Task", "Review")));
		String instance = runtime.startProcessInstanceByKey(TEST_KEY).getId();
		String v2 = deployOk(twoTaskProcess(TEST_KEY));

		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
			.getProcessDefinitionId()).isEqualTo(v1);
		JsonNode stats = modeler().get("/api/processes/" + v1 + "/activity-stats").json();
		assertThat(stats.get(0).get("activityId").asText()).isEqualTo("Task");
		assertThat(stats.get(0).get("instances").asLong()).isEqualTo(1);
		assertThat(stats.get(0).get("incidents").asLong()).isZero();
		assertThat(modeler().get("/api/processes/" + v2 + "/activity-stats").json()).isEmpty();
		assertThat(modeler().get("/api/processes/" + v1).json().get("runningInstances").asLong()).isEqualTo(1);

		Response preview = admin().get("/api/processes/" + v1 + "/migration?targetDefinitionId=" + v2);
		assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
		assertThat(preview.json().get("instances").asLong()).isEqualTo(1);
		assertThat(preview.json().get("problems")).isEmpty();
		List<String> mapped = new ArrayList<>();
		preview.json().get("instructions").forEach(i -> mapped.add(i.at("/sourceActivityIds/0").asText() + "->"
				+ i.at("/targetActivityIds/0").asText()));
		assertThat(mapped).contains("Task->Task");
		assertThat(modeler().get("/api/processes/" + v1 + "/migration?targetDefinitionId=" + v2).status())
			.isEqualTo(403);

		Response applied = admin().post("/api/processes/" + v1 + "/migration", Map.of("targetDefinitionId", v2));

		assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
		assertThat(applied.json().get("migratedInstances").asLong()).isEqualTo(1);
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
			.getProcessDefinitionId()).isEqualTo(v2);
	}

	@Test
	void exportsAVersionAsAFileForVersionControl() throws IOException {
		String definitionId = repository.createProcessDefinitionQuery()
			.processDefinitionKey(CrisisFastTrackProcess.PROCESS_ID).latestVersion().singleResult().getId();

		Response exported = admin().get("/api/processes/" + definitionId + "/xml");

		assertThat(exported.status()).isEqualTo(200);
		assertThat(exported.contentType()).startsWith("application/xml");
		assertThat(exported.contentDisposition())
			.isEqualTo("attachment; filename=\"" + CrisisFastTrackProcess.PROCESS_ID + ".bpmn\"");
		assertThat(exported.body()).isEqualTo(shipped("crisis-fast-track.bpmn"));
		assertThat(modeler().get("/api/processes/NoSuch:1:1/xml").status()).isEqualTo(404);
	}

	// Drafts

	@Test
	void draftsAreSavedWithOptimisticLockingAndDeployedOnRequest() {
		String xml = simpleProcess(TEST_KEY, userTask("Task", "Review"));
		Response created = modeler().post("/api/process-drafts", Map.of("name", "Medical review step", "xml", xml));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("key").asText()).isEqualTo(TEST_KEY);
		assertThat(created.json().get("xml").asText()).isEqualTo(xml);
		long version = created.json().get("version").asLong();

		Response saved = modeler().put("/api/process-drafts/" + id,
				Map.of("name", "Medical review step", "xml", twoTaskProcess(TEST_KEY), "version", version));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(saved.json().get("version").asLong()).isGreaterThan(version);
		Response stale = modeler().put("/api/process-drafts/" + id,
				Map.of("name", "Overwrite", "xml", xml, "version", version));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(modeler().get("/api/process-drafts").json().findValuesAsText("name")).contains("Medical review step");

		Response deployed = modeler().post("/api/process-drafts/" + id + "/deploy", Map.of("comment", "from draft"));
		assertThat(deployed.status()).as(deployed.toString()).isEqualTo(201);
		assertThat(deployed.json().get("key").asText()).isEqualTo(TEST_KEY);
		JsonNode kept = modeler().get("/api/process-drafts/" + id).json();
		assertThat(kept.get("deployedDefinitionId").asText()).isEqualTo(deployed.json().get("definitionId").asText());

		assertThat(modeler().delete("/api/process-drafts/" + id).status()).isEqualTo(204);
		assertThat(modeler().get("/api/process-drafts/" + id).status()).isEqualTo(404);
	}

	@Test
	void anInvalidDraftIsSavedButNotDeployed() {
		Response created = modeler().post("/api/process-drafts", Map.of("name", "Broken", "xml", "<half"));
		assertThat(created.status()).isEqualTo(201);
		long before = repository.createProcessDefinitionQuery().count();
		Response refused = modeler().post("/api/process-drafts/" + created.json().get("id").asLong() + "/deploy",
				"");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(before);
	}

	// Who may do what

	@Test
	void onlyModelersDeployAndOnlyModelersAndAdministratorsRead() {
		String xml = simpleProcess(TEST_KEY, userTask("Task", "Review"));
		for (String user : List.of("author", "compliance", "legal", "crisis", "rulesadmin", "admin")) {
			assertThat(ApiClient.as(port, user).post("/api/processes/deployments", Map.of("xml", xml)).status())
				.as(user).isEqualTo(403);
		}
		for (String user : List.of("author", "compliance", "legal", "crisis", "rulesadmin")) {
			assertThat(ApiClient.as(port, user).get("/api/processes").status()).as(user).isEqualTo(403);
		}
		assertThat(admin().get("/api/processes").status()).isEqualTo(200);
	}

	@Test
	void theElementTemplatesCallTheDelegatesTheProcessesUse() throws IOException {
		Response templates = modeler().get("/api/processes/element-templates");
		assertThat(templates.status()).isEqualTo(200);
		Set<String> contracted = new java.util.HashSet<>(PostApprovalProcess.CONTRACT.delegates().values());
		contracted.addAll(CrisisFastTrackProcess.CONTRACT.delegates().values());
		List<String> delegates = new ArrayList<>();
		for (JsonNode template : new ObjectMapper().readTree(templates.body())) {
			assertThat(template.get("appliesTo").get(0).asText()).isIn("bpmn:ServiceTask", "bpmn:UserTask");
			for (JsonNode property : template.get("properties")) {
				if ("camunda:delegateExpression".equals(property.at("/binding/name").asText())) {
					String bean = property.get("value").asText().replaceAll("^\\$\\{(.*)}$", "$1");
					assertThat(context.containsBean(bean)).as(bean).isTrue();
					delegates.add(bean);
				}
			}
		}
		assertThat(delegates).containsExactlyInAnyOrderElementsOf(contracted);
	}

	// Helpers

	private Response deploy(String xml) {
		return modeler().post("/api/processes/deployments", Map.of("xml", xml));
	}

	private String deployOk(String xml) {
		Response deployed = deploy(xml);
		assertThat(deployed.status()).as(deployed.toString()).isEqualTo(201);
		return deployed.json().get("definitionId").asText();
	}

	/** Deploys {@code xml}, expects the refusal, and checks that the engine has no new deployment. */
	private Response assertRefused(String xml, int status, String rule, String elementId) {
		long definitions = repository.createProcessDefinitionQuery().count();
		long deployments = repository.createDeploymentQuery().count();
		Response refused = deploy(xml);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
		assertThat(refused.contentType()).contains("application/problem+json");
		assertThat(refused.json().get("detail").asText()).isNotBlank();
		assertThat(problems(refused)).as(refused.toString())
			.contains(rule + "@" + (elementId == null ? "null" : elementId));
		assertThat(refused.body()).doesNotContain("Exception").doesNotContain("\tat ");
		assertThat(repository.createProcessDefinitionQuery().count()).as("nothing deployed").isEqualTo(definitions);
		assertThat(repository.createDeploymentQuery().count()).as("no deployment").isEqualTo(deployments);
		return refused;
	}

	private static List<String> problems(Response response) {
		List<String> problems = new ArrayList<>();
		response.json().get("problems").forEach(p -> problems.add(p.get("rule").asText() + "@"
				+ (p.get("elementId").isNull() ? "null" : p.get("elementId").asText())));
		return problems;
	}

	private int latestVersion(String key) {
		return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
			.getVersion();
	}

	static String shipped(String file) throws IOException {
		return Files.readString(Path.of("../processes", file), StandardCharsets.UTF_8);
	}

	static String userTask(String id, String name) {
		return """
				<bpmn:userTask id="%s" name="%s" camunda:candidateGroups="modelers">
				  <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
				</bpmn:userTask>""".formatted(id, name);
	}

	/** Start → the task (id "Task", flows F1 in and F2 out) → end. */
	static String simpleProcess(String key, String task) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Test"
				    targetNamespace="https://clearance.io/test">
				  <bpmn:process id="%s" name="Modeler test" isExecutable="true" camunda:historyTimeToLive="30">
				    <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
				    %s
				    <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
				    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task" />
				    <bpmn:sequenceFlow id="F2" sourceRef="Task" targetRef="End" />
				  </bpmn:process>
				</bpmn:definitions>
				""".formatted(key, task);
	}

	/** Version 2: a medical review after the first task. */
	static String twoTaskProcess(String key) {
		return simpleProcess(key, """
				<bpmn:userTask id="Task" name="Review" camunda:candidateGroups="modelers">
				  <bpmn:incoming>F1</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing>
				</bpmn:userTask>
				<bpmn:userTask id="Task_MedicalReview" name="Medical review" camunda:candidateGroups="modelers">
				  <bpmn:incoming>F3</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing>
				</bpmn:userTask>
				<bpmn:sequenceFlow id="F3" sourceRef="Task" targetRef="Task_MedicalReview" />""")
			.replace("<bpmn:sequenceFlow id=\"F2\" sourceRef=\"Task\" targetRef=\"End\" />",
					"<bpmn:sequenceFlow id=\"F2\" sourceRef=\"Task_MedicalReview\" targetRef=\"End\" />");
	}
}
