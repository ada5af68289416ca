package io.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.api.ApiClient.Response;
import io.clearance.security.Directory;
import io.clearance.security.Groups;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Incidents over real HTTP, with the job executor running: roles, validation, the freeze and its release. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IncidentApiIT {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	ApiClient crisis() {
		return ApiClient.as(port, "crisis");
	}

	ApiClient author() {
		return ApiClient.as(port, "author");
	}

	ApiClient compliance() {
		return ApiClient.as(port, "compliance");
	}

	/** The application is shared with other test classes: no incident may stay open and freeze their posts. */
	@AfterEach
	void closeOpenIncidents() {
		for (JsonNode incident : crisis().get("/api/incidents?status=OPEN").json()) {
			crisis().post("/api/incidents/" + incident.get("id").asLong() + "/close", "");
		}
	}

	@Test
	void aCrisisLeadDeclaresAndClosesAnIncidentThatEveryoneSees() {
		Response declared = crisis().post("/api/incidents",
				Map.of("title", "ED on diversion", "severity", "MAJOR", "allPlatforms", true));
		assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
		long id = declared.json().get("id").asLong();
		assertThat(declared.json().get("status").asText()).isEqualTo("OPEN");
		assertThat(declared.json().get("declaredBy").asText()).isEqualTo("crisis");
		assertThat(declared.json().get("allPlatforms").asBoolean()).isTrue();

		assertThat(author().get("/api/incidents?status=OPEN").json().findValuesAsText("id"))
			.contains(String.valueOf(id));
		assertThat(compliance().get("/api/incidents/" + id).json().get("title").asText()).isEqualTo("ED on diversion");

		Response closed = crisis().post("/api/incidents/" + id + "/close", "");
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		assertThat(closed.json().get("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.json().get("closedBy").asText()).isEqualTo("crisis");
		assertThat(closed.json().get("heldPostsRelease").asText()).isEqualTo("PUBLISH_NOW");
		assertProblem(crisis().post("/api/incidents/" + id + "/close", ""), 409, "incident-closed");

		assertThat(author().get("/api/incidents?status=OPEN").json().findValuesAsText("id"))
			.doesNotContain(String.valueOf(id));
		assertThat(author().get("/api/incidents?status=CLOSED").json().findValuesAsText("id"))
			.contains(String.valueOf(id));
		assertThat(types(author().get("/api/incidents/" + id + "/history").json())).containsExactly("DECLARED",
				"CLOSED");
	}

	@Test
	void anIncidentCanBeScopedToPlatformsAndClosedBackToAuthors() {
		Response declared = crisis().post("/api/incidents",
				Map.of("title", "X account compromised", "severity", "CRITICAL", "platforms", List.of("TWITTER")));
		assertThat(declared.status()).isEqualTo(201);
		assertThat(declared.json().get("platforms")).extracting(JsonNode::asText).containsExactly("TWITTER");
		long id = declared.json().get("id").asLong();
		Response closed = crisis().post("/api/incidents/" + id + "/close", Map.of("heldPosts", "BACK_TO_AUTHORS"));
		assertThat(closed.json().get("heldPostsRelease").asText()).isEqualTo("BACK_TO_AUTHORS");
	}

	@Test
	void onlyCrisisLeadsDeclareAndClose() {
		Map<String, Object> incident = Map.of("title", "Outbreak", "severity", "MAJOR", "allPlatforms", true);
		assertProblem(author().post("/api/incidents", incident), 403, "not-a-crisis-lead");
		assertProblem(compliance().post("/api/incidents", incident), 403, "not-a-crisis-lead");
		assertProblem(ApiClient.anonymous(port).get("/api/incidents"), 401, "unauthenticated");

		long id = crisis().post("/api/incidents", incident).json().get("id").asLong();
		assertProblem(author().post("/api/incidents/" + id + "/close", ""), 403, "not-a-crisis-lead");
		assertProblem(ApiClient.as(port, "admin").post("/api/incidents/" + id + "/close", ""), 403,
				"not-a-crisis-lead");
		assertThat(author().get("/api/incidents/" + id).json().get("status").asText()).isEqualTo("OPEN");
	}

	@Test
	void invalidDeclarationsGet400AndChangeNothing() {
		int before = crisis().get("/api/incidents").json().size();
		assertProblem(crisis().post("/api/incidents", Map.of("severity", "MAJOR", "allPlatforms", true)), 400,
				"invalid-request");
		assertProblem(crisis().post("/api/incidents", Map.of("title", " ", "severity", "MAJOR", "allPlatforms", true)),
				400, "invalid-request");
		assertProblem(crisis().post("/api/incidents", Map.of("title", "x".repeat(201), "severity", "MAJOR",
				"allPlatforms", true)), 400, "invalid-request");
		assertProblem(crisis().post("/api/incidents", Map.of("title", "No scope", "severity", "MAJOR")), 400,
				"invalid-request");
		assertProblem(crisis().post("/api/incidents", Map.of("title", "Both scopes", "severity", "MAJOR",
				"allPlatforms", true, "platforms", List.of("FACEBOOK"))), 400, "invalid-request");
		assertProblem(crisis().post("/api/incidents", Map.of("title", "No severity", "allPlatforms", true)), 400,
				"invalid-request");
		assertProblem(crisis().post("/api/incidents", Map.of("title", "Bad severity", "severity", "APOCALYPSE",
				"allPlatforms", true)), 400, "malformed-request");
		assertProblem(crisis().post("/api/incidents", Map.of("title", "Bad platform", "severity", "MAJOR",
				"platforms", List.of("MYSPACE"))), 400, "malformed-request");
		assertProblem(crisis().post("/api/incidents", "{not json"), 400, "malformed-request");
		assertProblem(crisis().get("/api/incidents?status=SIMMERING"), 400, "invalid-request");
		assertThat(crisis().get("/api/incidents").json().size()).isEqualTo(before);

		long id = crisis().post("/api/incidents", Map.of("title", "Storm", "severity", "MINOR", "allPlatforms", true))
			.json()
			.get("id")
			.asLong();
		assertProblem(crisis().post("/api/incidents/" + id + "/close", Map.of("heldPosts", "SHRED")), 400,
				"malformed-request");
		assertThat(crisis().get("/api/incidents/" + id).json().get("status").asText()).isEqualTo("OPEN");
	}

	@Test
	void anUnknownIncidentIs404() {
		assertProblem(author().get("/api/incidents/999999"), 404, "not-found");
		assertProblem(author().get("/api/incidents/999999/history"), 404, "not-found");
		assertProblem(crisis().post("/api/incidents/999999/close", ""), 404, "not-found");
		assertProblem(author().get("/api/incidents/abc"), 400, "invalid-request");
	}

	@Test
	void aPostComingDueDuringAnIncidentIsHeldAndPublishedOnceWhenItCloses() {
		long incident = crisis().post("/api/incidents",
				Map.of("title", "Evacuation of the east wing", "severity", "CRITICAL", "allPlatforms", true))
			.json()
			.get("id")
			.asLong();
		Response created = author().post("/api/posts", Map.of("text",
				"Yoga in the park this Sunday morning, free for everyone!", "platforms", List.of("FACEBOOK")));
		long postId = created.json().get("id").asLong();
		assertThat(author().post("/api/posts/" + postId + "/submit", "").status()).isEqualTo(200);
		String taskId = compliance().get("/api/tasks?limit=1000").json().findParents("postId").stream()
			.filter(t -> t.get("postId").asLong() == postId)
			.findFirst()
			.orElseThrow()
			.get("id")
			.asText();
		assertThat(compliance().post("/api/tasks/" + taskId + "/decision", Map.of("decision", "APPROVE")).status())
			.isEqualTo(204);

		JsonNode held = awaitHeld(incident, postId);
		assertThat(held.get("heldNow").asInt()).isOne();
		assertThat(author().get("/api/posts/" + postId).json().get("status").asText()).isEqualTo("APPROVED");
		assertThat(author().get("/api/posts/" + postId + "/publications").json()).isEmpty();
		directory.ensureUser("olive", "Pv6!Dz3#Hr7k", "Olive", "Other", Set.of(Groups.AUTHORS));
		assertThat(ApiClient.as(port, "olive", "Pv6!Dz3#Hr7k").get("/api/incidents/" + incident).json().get("holds"))
			.as("another author's held post is not disclosed").isEmpty();
		assertThat(types(ApiClient.as(port, "olive", "Pv6!Dz3#Hr7k").get("/api/incidents/" + incident + "/history")
			.json())).containsExactly("DECLARED");

		crisis().post("/api/incidents/" + incident + "/close", Map.of("heldPosts", "PUBLISH_NOW"));
		PostApiIT.awaitStatus(author(), postId, "PUBLISHED");
		JsonNode publications = author().get("/api/posts/" + postId + "/publications").json();
		assertThat(publications).hasSize(1);
		assertThat(publications.get(0).get("attempts").asInt()).isOne();
		assertThat(types(author().get("/api/posts/" + postId + "/history").json())).containsSubsequence("APPROVED",
				"HELD", "RELEASED", "PUBLISHED");
		assertThat(types(crisis().get("/api/incidents/" + incident + "/history").json())).containsExactly("DECLARED",
				"HELD", "CLOSED", "RELEASED");
	}

	private JsonNode awaitHeld(long incident, long postId) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			JsonNode view = author().get("/api/incidents/" + incident).json();
			if (view.get("holds").findValuesAsText("postId").contains(String.valueOf(postId))) {
				return view;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Post " + postId + " was not held by incident " + incident + ": " + view);
			}
			LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
		}
	}

	private static List<String> types(JsonNode history) {
		List<String> types = new ArrayList<>();
		history.forEach(e -> types.add(e.get("type").asText()));
		return types;
	}

	static void assertProblem(Response response, int status, String type) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("type").asText()).isEqualTo("urn:clearance:problem:" + type);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception");
	}
}
