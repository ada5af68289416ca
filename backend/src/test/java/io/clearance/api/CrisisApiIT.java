package io.clearance.api;

import static io.clearance.api.IncidentApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.api.ApiClient.Response;
import io.clearance.crisis.CrisisTestRules;
import io.clearance.security.Directory;
import io.clearance.security.Groups;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The crisis fast track over real HTTP with the job executor running: an update from a template, one approval,
 * publication, the retrospective review and a correction. Fast-track eligibility comes from the test stand-in for
 * the crisis pack ({@link CrisisTestRules}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { CrisisTestRules.PROPERTY, CrisisTestRules.ENGINE })
@ActiveProfiles("test")
class CrisisApiIT {

	static {
		CrisisTestRules.install();
	}

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	ApiClient crisis() {
		return ApiClient.as(port, "crisis");
	}

	/** A second crisis lead: the approver of the demo crisis lead's updates. */
	ApiClient morgan() {
		return ApiClient.as(port, "morgan", "Mx8#Lq4!Ns2v");
	}

	ApiClient compliance() {
		return ApiClient.as(port, "compliance");
	}

	@BeforeEach
	void declareAnIncident() {
		directory.ensureUser("morgan", "Mx8#Lq4!Ns2v", "Morgan", "Lead", Set.of(Groups.CRISIS_LEADS));
		Response declared = crisis().post("/api/incidents",
				Map.of("title", "ED on diversion", "severity", "MAJOR", "allPlatforms", true));
		assertThat(declared.status()).isEqualTo(201);
	}

	@AfterEach
	void closeOpenIncidents() {
		for (JsonNode incident : crisis().get("/api/incidents?status=OPEN").json()) {
			crisis().post("/api/incidents/" + incident.get("id").asLong() + "/close", "");
		}
	}

	@Test
	void anUpdateFromATemplateIsPublishedAfterOneApprovalAndReviewedAfterwards() {
		Response filled = crisis().post("/api/crisis/templates/diversion/updates",
				Map.of("values", examples("diversion"), "platforms", List.of("TWITTER", "FACEBOOK")));
		assertThat(filled.status()).as(filled.toString()).isEqualTo(201);
		assertThat(filled.json().get("kind").asText()).isEqualTo("CRISIS_UPDATE");
		assertThat(filled.json().get("status").asText()).isEqualTo("DRAFT");
		assertThat(filled.json().get("text").asText()).startsWith("Clearview Medical Center Emergency Department")
			.doesNotContain("{{");
		long id = filled.json().get("id").asLong();
		assertThat(crisis().post("/api/posts/" + id + "/submit", "").status()).isEqualTo(200);
		JsonNode post = crisis().get("/api/posts/" + id).json();
		assertThat(post.at("/screening/fastTrackEligible").asBoolean()).isTrue();

		String approval = taskFor(morgan(), id, "Task_CrisisApproval").orElseThrow();
		assertThat(taskFor(morgan(), id, "Task_CrisisApproval").map(t -> stageOf(morgan(), t))).contains("CRISIS");
		assertProblem(decide(crisis(), approval, "APPROVE", null), 403, "segregation-of-duties");
		assertThat(decide(morgan(), approval, "APPROVE", null).status()).isEqualTo(204);

		JsonNode published = PostApiIT.awaitStatus(crisis(), id, "PUBLISHED");
		assertThat(published.get("decisions")).hasSize(1);
		assertThat(published.at("/decisions/0/stage").asText()).isEqualTo("CRISIS");
		assertThat(crisis().get("/api/posts/" + id + "/publications").json()).hasSize(2);
		assertThat(taskFor(ApiClient.as(port, "legal"), id, "Task_LegalSignOff")).as("no legal task").isEmpty();

		String retrospective = awaitTask(compliance(), id, "Task_RetrospectiveReview");
		assertThat(stageOf(compliance(), retrospective)).isEqualTo("RETROSPECTIVE");
		assertThat(decide(compliance(), retrospective, "REQUEST_CHANGES", "Lakeside is on diversion too.").status())
			.isEqualTo(204);
		assertThat(crisis().get("/api/posts/" + id).json().get("status").asText()).isEqualTo("PUBLISHED");

		String correction = taskFor(crisis(), id, "Task_CorrectOrTakeDown").orElseThrow();
		assertProblem(crisis().post("/api/crisis/corrections/" + correction, Map.of("action", "CORRECTED")), 422,
				"comment-required");
		assertProblem(compliance().post("/api/crisis/corrections/" + correction,
				Map.of("action", "CORRECTED", "comment", "x")), 403, "not-a-candidate");
		Response corrected = crisis().post("/api/crisis/corrections/" + correction,
				Map.of("action", "CORRECTED", "comment", "Posted a correction: ambulances go to St. Anne's."));
		assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
		assertProblem(crisis().post("/api/crisis/corrections/" + correction,
				Map.of("action", "TAKEN_DOWN", "comment", "again")), 409, "task-completed");
		List<String> history = new ArrayList<>();
		crisis().get("/api/posts/" + id + "/history").json().forEach(e -> history.add(e.get("type").asText()));
		assertThat(history).containsSubsequence("SUBMITTED", "SCREENED", "DECIDED", "APPROVED", "PUBLISHED", "DECIDED",
				"CORRECTED");
	}

	@Test
	void anUpdateNamingAnInjuredPatientIsBlockedForPhi() {
		Response created = crisis().post("/api/posts", Map.of("kind", "CRISIS_UPDATE", "platforms", List.of("TWITTER"),
				"text", "Fire in the east wing: our patient John Smith, MRN 12345678, was injured and is in surgery."));
		long id = created.json().get("id").asLong();
		crisis().post("/api/posts/" + id + "/submit", "");
		JsonNode post = crisis().get("/api/posts/" + id).json();
		assertThat(post.get("status").asText()).isEqualTo("CHANGES_REQUESTED");
		assertThat(post.at("/screening/route").asText()).isEqualTo("BLOCK");
		assertThat(post.at("/screening/fastTrackEligible").asBoolean()).isFalse();
		assertThat(post.at("/screening/findings").findValuesAsText("category")).contains("PHI");
		assertThat(taskFor(morgan(), id, "Task_CrisisApproval")).isEmpty();
		assertThat(taskFor(crisis(), id, "Task_Revise")).isPresent();
	}

	@Test
	void everyTemplateFilledWithItsExamplesFitsXIsScreenedAndMayTakeTheFastTrack() {
		JsonNode templates = ApiClient.as(port, "author").get("/api/crisis/templates").json();
		List<String> ids = templates.findValuesAsText("id");
		assertThat(ids).contains("diversion", "shelter-in-place", "outbreak", "closure");
		for (String template : ids) {
			Response filled = crisis().post("/api/crisis/templates/" + template + "/updates",
					Map.of("values", examples(template), "platforms", List.of("TWITTER", "FACEBOOK")));
			assertThat(filled.status()).as(template + ": " + filled).isEqualTo(201);
			assertThat(filled.json().get("text").asText()).as(template + " leaves room on X").hasSizeLessThan(260);
			long id = filled.json().get("id").asLong();
			crisis().post("/api/posts/" + id + "/submit", "");
			JsonNode post = crisis().get("/api/posts/" + id).json();
			assertThat(post.at("/screening/findings")).as(template + " screens without findings: " + post).isEmpty();
			assertThat(post.at("/screening/fastTrackEligible").asBoolean()).as(template).isTrue();
			crisis().post("/api/posts/" + id + "/withdraw", "");
		}
	}

	@Test
	void aTemplateIsFilledInCompletelyByACrisisLead() {
		Map<String, String> values = new HashMap<>(examples("closure"));
		values.remove("reason");
		assertProblem(crisis().post("/api/crisis/templates/closure/updates",
				Map.of("values", values, "platforms", List.of("FACEBOOK"))), 422, "invalid-placeholders");
		values.put("reason", "flooding");
		values.put("mood", "calm");
		assertProblem(crisis().post("/api/crisis/templates/closure/updates",
				Map.of("values", values, "platforms", List.of("FACEBOOK"))), 422, "invalid-placeholders");
		assertProblem(crisis().post("/api/crisis/templates/closure/updates", Map.of("values", examples("closure"))),
				400, "invalid-request");
		assertProblem(ApiClient.as(port, "author").post("/api/crisis/templates/closure/updates",
				Map.of("values", examples("closure"), "platforms", List.of("FACEBOOK"))), 403, "not-an-author");
		assertProblem(crisis().post("/api/crisis/templates/evacuation-of-mars/updates",
				Map.of("values", Map.of(), "platforms", List.of("FACEBOOK"))), 404, "not-found");
		assertProblem(crisis().post("/api/crisis/corrections/no-such-task",
				Map.of("action", "CORRECTED", "comment", "x")), 404, "not-found");
	}

	private Map<String, String> examples(String template) {
		Map<String, String> values = new HashMap<>();
		crisis().get("/api/crisis/templates/" + template).json().get("placeholders")
			.forEach(p -> values.put(p.get("name").asText(), p.get("example").asText()));
		return values;
	}

	private static Optional<String> taskFor(ApiClient client, long postId, String key) {
		for (JsonNode task : client.get("/api/tasks?limit=1000").json()) {
			if (task.get("postId").asLong() == postId && task.get("taskDefinitionKey").asText().equals(key)) {
				return Optional.of(task.get("id").asText());
			}
		}
		return Optional.empty();
	}

	private static String stageOf(ApiClient client, String taskId) {
		for (JsonNode task : client.get("/api/tasks?limit=1000").json()) {
			if (task.get("id").asText().equals(taskId)) {
				return task.get("stage").asText();
			}
		}
		throw new AssertionError("no task " + taskId);
	}

	/** The retrospective review appears once the publishing job has run. */
	private static String awaitTask(ApiClient client, long postId, String key) {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
		Optional<String> task = taskFor(client, postId, key);
		while (task.isEmpty()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("No " + key + " task for post " + postId);
			}
			java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(200).toNanos());
			task = taskFor(client, postId, key);
		}
		return task.get();
	}

	private static Response decide(ApiClient client, String taskId, String decision, String comment) {
		Map<String, Object> body = new HashMap<>();
		body.put("decision", decision);
		if (comment != null) {
			body.put("comment", comment);
		}
		return client.post("/api/tasks/" + taskId + "/decision", body);
	}
}
