package io.clearance.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.api.ApiClient;
import io.clearance.api.ApiClient.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A reviewer requesting changes attaches suggested edits of the decided text; the author reads them on the post. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SuggestedEditsIT {

	static final String CLAIM = "Our new knee therapy is guaranteed to cure arthritis, 100% effective!";

	@LocalServerPort
	int port;

	@Test
	void aRequestForChangesKeepsItsSuggestedEditsOnThePost() {
		long id = submitted();
		String task = complianceTaskOf(id);
		int guaranteed = CLAIM.indexOf("guaranteed to cure");
		Response decided = ApiClient.as(port, "compliance").post("/api/tasks/" + task + "/decision", Map.of(
				"decision", "REQUEST_CHANGES", "comment", "No cure claims.", "suggestedEdits", List.of(
						Map.of("start", guaranteed, "end", guaranteed + "guaranteed to cure".length(),
								"replacement", "designed to ease", "note", "No promise of a cure"),
						Map.of("start", CLAIM.indexOf(", 100% effective"), "end", CLAIM.length() - 1,
								"replacement", ""))));
		assertThat(decided.status()).as(decided.toString()).isEqualTo(204);

		JsonNode post = ApiClient.as(port, "author").get("/api/posts/" + id).json();
		assertThat(post.get("status").asText()).isEqualTo("CHANGES_REQUESTED");
		JsonNode edits = post.at("/decisions/0/suggestedEdits");
		assertThat(edits).hasSize(2);
		assertThat(edits.get(0).get("start").asInt()).isEqualTo(guaranteed);
		assertThat(edits.get(0).get("end").asInt()).isEqualTo(guaranteed + 18);
		assertThat(edits.get(0).get("replacement").asText()).isEqualTo("designed to ease");
		assertThat(edits.get(0).get("note").asText()).isEqualTo("No promise of a cure");
		assertThat(edits.get(1).get("replacement").asText()).isEmpty();
		assertThat(edits.get(1).get("note").isNull()).isTrue();
		assertThat(CLAIM.substring(edits.get(1).get("start").asInt(), edits.get(1).get("end").asInt()))
			.isEqualTo(", 100% effective");
	}

	@Test
	void editsOutsideTheTextOrOverlappingAreRefusedAndNothingIsRecorded() {
		long id = submitted();
		String task = complianceTaskOf(id);
		ApiClient compliance = ApiClient.as(port, "compliance");
		List<List<Map<String, Object>>> bad = List.of(
				List.of(Map.of("start", 10, "end", CLAIM.length() + 1, "replacement", "x")),
				List.of(Map.of("start", 5, "end", 2, "replacement", "x")),
				List.of(Map.of("start", -1, "end", 2, "replacement", "x")),
				List.of(Map.of("start", 0, "end", 10, "replacement", "x"), Map.of("start", 5, "end", 12, "replacement", "y")),
				List.of(Map.of("start", 0, "end", 3, "replacement", "x".repeat(2001))),
				java.util.stream.IntStream.range(0, 51).mapToObj(i -> Map.<String, Object>of("start", i, "end", i + 1,
						"replacement", "x")).toList());
		for (List<Map<String, Object>> edits : bad) {
			Response refused = compliance.post("/api/tasks/" + task + "/decision",
					Map.of("decision", "REQUEST_CHANGES", "comment", "Fix it.", "suggestedEdits", edits));
			assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
			assertThat(refused.json().get("type").asText()).isEqualTo("urn:clearance:problem:invalid-suggested-edit");
		}
		JsonNode post = ApiClient.as(port, "author").get("/api/posts/" + id).json();
		assertThat(post.get("status").asText()).isEqualTo("IN_REVIEW");
		assertThat(post.get("decisions")).isEmpty();
		assertThat(compliance.get("/api/tasks/" + task).status()).as("the task is still open").isEqualTo(200);
	}

	@Test
	void suggestedEditsGoWithARequestForChangesOnly() {
		long id = submitted();
		String task = complianceTaskOf(id);
		Response refused = ApiClient.as(port, "compliance").post("/api/tasks/" + task + "/decision", Map.of(
				"decision", "APPROVE", "suggestedEdits", List.of(Map.of("start", 0, "end", 3, "replacement", "Your"))));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.body()).contains("request for changes only");
		JsonNode post = ApiClient.as(port, "author").get("/api/posts/" + id).json();
		assertThat(post.get("status").asText()).isEqualTo("IN_REVIEW");
		assertThat(post.get("decisions")).isEmpty();
	}

	@Test
	void theAuthorsAnswersAreKeptOnTheEditsAcrossRevisionsAndInTheHistory() {
		long id = withTwoSuggestedEdits();
		ApiClient author = ApiClient.as(port, "author");
		JsonNode post = author.get("/api/posts/" + id).json();
		long decision = post.at("/decisions/0/id").asLong();
		assertThat(post.at("/decisions/0/suggestedEdits/0/response").isNull()).isTrue();
		String edits = "/api/posts/" + id + "/decisions/" + decision + "/suggested-edits/";

		Response ignored = author.put(edits + "1", Map.of("response", "IGNORED"));
		assertThat(ignored.status()).as(ignored.toString()).isEqualTo(200);
		assertThat(ignored.json().at("/decisions/0/suggestedEdits/1/response").asText()).isEqualTo("IGNORED");
		assertThat(ignored.json().at("/decisions/0/suggestedEdits/1/respondedAt").asText()).isNotBlank();
		assertThat(ignored.json().get("version").asLong()).isGreaterThan(post.get("version").asLong());

		// accepted: the author saves the text with the replacement, then records the answer
		String revised = CLAIM.replace("guaranteed to cure", "designed to ease");
		Response saved = author.put("/api/posts/" + id, Map.of("text", revised, "platforms", List.of("FACEBOOK"),
				"version", ignored.json().get("version").asLong()));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
		assertThat(author.put(edits + "0", Map.of("response", "ACCEPTED")).status()).isEqualTo(200);

		JsonNode reloaded = author.get("/api/posts/" + id).json();
		assertThat(reloaded.at("/revision/number").asInt()).isEqualTo(2);
		assertThat(reloaded.at("/decisions/0/current").asBoolean()).as("made on revision 1").isFalse();
		assertThat(reloaded.at("/decisions/0/suggestedEdits/0/response").asText()).isEqualTo("ACCEPTED");
		assertThat(reloaded.at("/decisions/0/suggestedEdits/1/response").asText()).isEqualTo("IGNORED");
		assertThat(reloaded.at("/decisions/0/suggestedEdits/0/replacement").asText()).isEqualTo("designed to ease");

		List<String> history = new java.util.ArrayList<>();
		author.get("/api/posts/" + id + "/history").json()
			.forEach(entry -> history.add(entry.get("type").asText() + " " + entry.get("detail").asText()));
		assertThat(history).anyMatch(entry -> entry.startsWith("SUGGESTION_ANSWERED") && entry.endsWith("ignored"))
			.anyMatch(entry -> entry.startsWith("SUGGESTION_ANSWERED") && entry.endsWith("accepted"));
	}

	@Test
	void answersAreTheAuthorsOnlyAndBadOnesAreRefusedWithProblemDetails() {
		long id = withTwoSuggestedEdits();
		ApiClient author = ApiClient.as(port, "author");
		long decision = author.get("/api/posts/" + id).json().at("/decisions/0/id").asLong();
		String edits = "/api/posts/" + id + "/decisions/" + decision + "/suggested-edits/";

		Response byReviewer = ApiClient.as(port, "compliance").put(edits + "0", Map.of("response", "ACCEPTED"));
		assertThat(byReviewer.status()).as(byReviewer.toString()).isEqualTo(403);
		assertThat(ApiClient.as(port, "modeler").put(edits + "0", Map.of("response", "ACCEPTED")).status())
			.as("a group that may not change posts is refused before the post is read").isEqualTo(403);
		assertThat(author.put(edits + "2", Map.of("response", "ACCEPTED")).status()).isEqualTo(404);
		assertThat(author.put(edits + "-1", Map.of("response", "ACCEPTED")).status()).isEqualTo(404);
		assertThat(author.put("/api/posts/" + id + "/decisions/999999/suggested-edits/0",
				Map.of("response", "ACCEPTED")).status()).isEqualTo(404);
		Response unknown = author.put(edits + "0", Map.of("response", "MAYBE"));
		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
		assertThat(unknown.contentType()).contains("application/problem+json");
		assertThat(author.put(edits + "0", Map.of()).status()).isEqualTo(400);

		JsonNode post = author.get("/api/posts/" + id).json();
		assertThat(post.at("/decisions/0/suggestedEdits/0/response").isNull()).as("nothing refused was kept").isTrue();
		assertThat(author.post("/api/posts/" + id + "/withdraw", "").status()).isEqualTo(200);
		Response afterWithdrawal = author.put(edits + "0", Map.of("response", "IGNORED"));
		assertThat(afterWithdrawal.status()).as(afterWithdrawal.toString()).isEqualTo(409);
	}

	/** A post whose compliance review requested changes with two suggested edits. */
	private long withTwoSuggestedEdits() {
		long id = submitted();
		int guaranteed = CLAIM.indexOf("guaranteed to cure");
		Response decided = ApiClient.as(port, "compliance").post("/api/tasks/" + complianceTaskOf(id) + "/decision",
				Map.of("decision", "REQUEST_CHANGES", "comment", "No cure claims.", "suggestedEdits", List.of(
						Map.of("start", guaranteed, "end", guaranteed + "guaranteed to cure".length(),
								"replacement", "designed to ease"),
						Map.of("start", CLAIM.indexOf(", 100% effective"), "end", CLAIM.length() - 1,
								"replacement", ""))));
		assertThat(decided.status()).as(decided.toString()).isEqualTo(204);
		return id;
	}

	private long submitted() {
		ApiClient author = ApiClient.as(port, "author");
		Response created = author.post("/api/posts", Map.of("text", CLAIM, "platforms", List.of("FACEBOOK"), "kind", "POST"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(author.post("/api/posts/" + id + "/submit", "").status()).isEqualTo(200);
		return id;
	}

	private String complianceTaskOf(long postId) {
		Response tasks = ApiClient.as(port, "compliance").get("/api/tasks?limit=1000");
		assertThat(tasks.status()).isEqualTo(200);
		for (JsonNode task : tasks.json()) {
			if (task.get("postId").asLong() == postId) {
				return task.get("id").asText();
			}
		}
		throw new AssertionError("No task for post " + postId);
	}
}
