package io.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.api.ApiClient.Response;
import io.clearance.security.Directory;
import io.clearance.security.Groups;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The REST API over real HTTP against the running application, with the job executor publishing for real. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public class PostApiIT {

	static final String HARMLESS = "Join us this Saturday for our free community health fair at the main campus.";

	static final String CLAIM = "Our new knee therapy is guaranteed to cure arthritis, 100% effective!";

	/** Where the posts of these tests go. */
	static final List<String> PLATFORMS = List.of("FACEBOOK", "LINKEDIN");

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	ApiClient author() {
		return ApiClient.as(port, "author");
	}

	ApiClient compliance() {
		return ApiClient.as(port, "compliance");
	}

	ApiClient legal() {
		return ApiClient.as(port, "legal");
	}

	@Test
	void anAuthorsPostIsScreenedApprovedAndPublishedOnce() {
		long id = author().createAndSubmit(HARMLESS, PLATFORMS);
		JsonNode post = author().get("/api/posts/" + id).json();
		assertThat(post.get("status").asText()).isEqualTo("IN_REVIEW");
		assertThat(post.at("/screening/route").asText()).isEqualTo("PASS");
		assertThat(post.at("/revision/number").asInt()).isEqualTo(1);

		String taskId = taskFor(compliance(), id, "Task_ComplianceReview");
		assertThat(compliance().get("/api/tasks/" + taskId).json().get("postId").asLong()).isEqualTo(id);
		assertThat(author().get("/api/tasks/" + taskId).status()).as("not offered to authors").isEqualTo(403);
		Response claimed = compliance().post("/api/tasks/" + taskId + "/claim", "");
		assertThat(claimed.status()).isEqualTo(200);
		assertThat(claimed.json().get("assignee").asText()).isEqualTo("compliance");
		assertThat(decide(compliance(), taskId, "APPROVE").status()).isEqualTo(204);

		JsonNode published = awaitStatus(author(), id, "PUBLISHED");
		assertThat(published.get("decisions")).hasSize(1);
		JsonNode publications = author().get("/api/posts/" + id + "/publications").json();
		assertThat(publications).hasSize(2);
		publications.forEach(p -> {
			assertThat(p.get("status").asText()).isEqualTo("PUBLISHED");
			assertThat(p.get("externalId").asText()).startsWith("sandbox-");
			assertThat(p.get("attempts").asInt()).isEqualTo(1);
		});
		List<String> history = new ArrayList<>();
		author().get("/api/posts/" + id + "/history").json().forEach(e -> history.add(e.get("type").asText()));
		assertThat(history).containsSubsequence("CREATED", "SUBMITTED", "SCREENED", "DECIDED", "APPROVED",
				"PUBLISHED");
	}

	@Test
	void aClaimNeedsLegalSignOffAfterCompliance() {
		long id = author().createAndSubmit(CLAIM, PLATFORMS);
		assertThat(author().get("/api/posts/" + id).json().at("/screening/route").asText()).isEqualTo("NEEDS_LEGAL");
		assertThat(decide(compliance(), taskFor(compliance(), id, "Task_ComplianceReview"), "APPROVE").status())
			.isEqualTo(204);
		assertThat(author().get("/api/posts/" + id).json().get("status").asText()).isEqualTo("IN_REVIEW");
		assertThat(compliance().get("/api/tasks?limit=1000").json().findValuesAsText("postId")).doesNotContain(String.valueOf(id));
		assertThat(decide(legal(), taskFor(legal(), id, "Task_LegalSignOff"), "APPROVE").status()).isEqualTo(204);
		awaitStatus(author(), id, "PUBLISHED");
	}

	@Test
	void theInboxIsServedInPagesWithTheTotalInAHeader() {
		for (int i = 0; i < 3; i++) {
			author().createAndSubmit("Flu clinic this Saturday, page test " + i + ". Walk in, no appointment needed.",
					PLATFORMS);
		}
		Response all = compliance().get("/api/tasks?limit=1000");
		long total = Long.parseLong(all.header("X-Total-Count"));
		assertThat(total).isGreaterThanOrEqualTo(3).isEqualTo(all.json().size());

		Response first = compliance().get("/api/tasks?limit=2");
		Response second = compliance().get("/api/tasks?limit=2&offset=2");
		assertThat(first.json()).hasSize(2);
		assertThat(first.header("X-Total-Count")).isEqualTo(Long.toString(total));
		List<String> paged = new ArrayList<>(first.json().findValuesAsText("id"));
		paged.addAll(second.json().findValuesAsText("id"));
		assertThat(paged).as("pages follow the full list's order")
			.isEqualTo(all.json().findValuesAsText("id").subList(0, paged.size()));
		assertThat(compliance().get("/api/tasks?offset=" + total).json()).isEmpty();
		assertThat(compliance().get("/api/tasks?limit=1000").json().size()).isEqualTo((int) Math.min(total, 200));

		assertProblem(compliance().get("/api/tasks?limit=0"), 400, "bad-page");
		assertProblem(compliance().get("/api/tasks?limit=1001"), 400, "bad-page");
		assertProblem(compliance().get("/api/tasks?offset=-1"), 400, "bad-page");
	}

	@Test
	void nobodyApprovesTheirOwnPost() {
		directory.ensureUser("dana", "Tr0ub4dor&3x!", "Dana", "Both", Set.of(Groups.AUTHORS, Groups.COMPLIANCE));
		ApiClient dana = ApiClient.as(port, "dana", "Tr0ub4dor&3x!");
		long id = dana.createAndSubmit(HARMLESS, PLATFORMS);
		String taskId = taskFor(dana, id, "Task_ComplianceReview");

		Response claim = dana.post("/api/tasks/" + taskId + "/claim", "");
		assertProblem(claim, 403, "segregation-of-duties");
		Response decision = decide(dana, taskId, "APPROVE");
		assertProblem(decision, 403, "segregation-of-duties");
		assertThat(dana.get("/api/posts/" + id).json().get("decisions")).isEmpty();
		assertThat(taskFor(compliance(), id, "Task_ComplianceReview")).isEqualTo(taskId);
	}

	@Test
	void onePersonCannotGiveBothApprovals() {
		directory.ensureUser("sam", "Kq7#mLp2-Tv9w", "Sam", "Twohats", Set.of(Groups.COMPLIANCE, Groups.LEGAL));
		ApiClient sam = ApiClient.as(port, "sam", "Kq7#mLp2-Tv9w");
		long id = author().createAndSubmit(CLAIM, PLATFORMS);
		assertThat(decide(sam, taskFor(sam, id, "Task_ComplianceReview"), "APPROVE").status()).isEqualTo(204);
		String legalTask = taskFor(sam, id, "Task_LegalSignOff");
		assertProblem(decide(sam, legalTask, "APPROVE"), 403, "segregation-of-duties");
		assertThat(decide(legal(), legalTask, "APPROVE").status()).isEqualTo(204);
		awaitStatus(author(), id, "PUBLISHED");
	}

	@Test
	void aStaleEditGets409AndChangesNothing() {
		Response created = author().post("/api/posts", Map.of("text", HARMLESS, "platforms", List.of("FACEBOOK")));
		long id = created.json().get("id").asLong();
		long version = created.json().get("version").asLong();
		Response first = author().put("/api/posts/" + id,
				Map.of("text", "Second version", "platforms", List.of("FACEBOOK"), "version", version));
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().at("/revision/number").asInt()).isEqualTo(2);
		Response stale = author().put("/api/posts/" + id,
				Map.of("text", "Lost update", "platforms", List.of("FACEBOOK"), "version", version));
		assertProblem(stale, 409, "stale-version");
		JsonNode post = author().get("/api/posts/" + id).json();
		assertThat(post.at("/revision/text").asText()).isEqualTo("Second version");
		assertThat(post.at("/revision/number").asInt()).isEqualTo(2);
	}

	@Test
	void badInputGetsAProblemDetailAndChangesNothing() {
		int before = author().get("/api/posts").json().size();
		assertProblem(author().post("/api/posts", Map.of("text", "No platform")), 400, "invalid-request");
		assertProblem(author().post("/api/posts", Map.of("text", "x", "platforms", List.of("MYSPACE"))), 400,
				"malformed-request");
		assertProblem(author().post("/api/posts", "{not json"), 400, "malformed-request");
		assertProblem(author().post("/api/posts", Map.of("text", "x".repeat(20_001), "platforms",
				List.of("FACEBOOK"))), 400, "invalid-request");
		assertProblem(author().post("/api/posts", Map.of("text", "x", "platforms", List.of("FACEBOOK"),
				"scheduledAt", Instant.now().minus(Duration.ofDays(1)).toString())), 422, "schedule-in-past");
		assertThat(author().get("/api/posts").json().size()).isEqualTo(before);
		assertProblem(author().get("/api/posts/999999"), 404, "not-found");
		assertProblem(author().get("/api/posts/abc"), 400, "invalid-request");
		assertProblem(compliance().post("/api/posts", Map.of("text", "x", "platforms", List.of("FACEBOOK"))), 403,
				"forbidden");
	}

	@Test
	void aCompletedTaskCannotBeDecidedAgain() {
		long id = author().createAndSubmit(HARMLESS, PLATFORMS);
		String taskId = taskFor(compliance(), id, "Task_ComplianceReview");
		assertThat(decide(compliance(), taskId, "APPROVE").status()).isEqualTo(204);
		assertProblem(decide(compliance(), taskId, "REJECT"), 409, "task-completed");
	}

	@Test
	void reviewersDecidingTheSameTaskAtOnceGiveOneDecisionAndConflicts() throws Exception {
		directory.ensureUser("casey2", "Wd4%Gh7!Jk2m", "Second", "Reviewer", Set.of(Groups.COMPLIANCE));
		ApiClient second = ApiClient.as(port, "casey2", "Wd4%Gh7!Jk2m");
		// 60 rounds of four deciders once gave a 500 (the engine's NullPointerException claiming a task whose
		// process a concurrent rejection had just ended); three deciders make that race likely
		for (int round = 0; round < 10; round++) {
			long id = author().createAndSubmit(HARMLESS, PLATFORMS);
			String taskId = taskFor(compliance(), id, "Task_ComplianceReview");
			var start = new java.util.concurrent.CountDownLatch(1);
			var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
			try {
				var first = pool.submit(() -> {
					start.await();
					return decide(compliance(), taskId, "APPROVE");
				});
				var other = pool.submit(() -> {
					start.await();
					return decide(second, taskId, "REJECT");
				});
				var third = pool.submit(() -> {
					start.await();
					return decide(second, taskId, "REQUEST_CHANGES");
				});
				start.countDown();
				List<Response> responses = List.of(first.get(), other.get(), third.get());
				assertThat(responses).extracting(Response::status).as(responses.toString())
					.containsExactlyInAnyOrder(204, 409, 409);
				JsonNode post = author().get("/api/posts/" + id).json();
				assertThat(post.get("decisions")).as("exactly one decision was recorded").hasSize(1);
			}
			finally {
				pool.shutdownNow();
			}
		}
	}

	@Test
	void anAuthorSeesOnlyTheirOwnPosts() {
		directory.ensureUser("other", "Zx9!Rt4#Wq2e", "Olive", "Other", Set.of(Groups.AUTHORS));
		long id = author().createAndSubmit(HARMLESS, PLATFORMS);
		ApiClient other = ApiClient.as(port, "other", "Zx9!Rt4#Wq2e");
		assertProblem(other.get("/api/posts/" + id), 404, "not-found");
		assertThat(other.get("/api/posts").json().findValuesAsText("id")).doesNotContain(String.valueOf(id));
		assertThat(compliance().get("/api/posts/" + id).status()).isEqualTo(200);
	}

	@Test
	void everythingButHealthNeedsALogin() {
		ApiClient anonymous = ApiClient.anonymous(port);
		assertThat(anonymous.get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
		assertProblem(anonymous.get("/api/posts"), 401, "unauthenticated");
		assertProblem(anonymous.get("/api/tasks?limit=1000"), 401, "unauthenticated");
		assertThat(anonymous.get("/engine-rest/engine").status()).isEqualTo(401);
		assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
		assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(401);
		// a user of its own: the engine delays that user's next logins after a failed one
		directory.ensureUser("locky", "Hj5@Nm8%Pb3r", "Locky", "User", Set.of(Groups.AUTHORS));
		assertProblem(ApiClient.as(port, "locky", "wrong").get("/api/posts"), 401, "unauthenticated");
	}

	@Test
	void theEngineRestApiAppliesTheEnginesAuthorizations() {
		author().createAndSubmit(HARMLESS, PLATFORMS);
		Response asAuthor = author().get("/engine-rest/task");
		assertThat(asAuthor.status()).isEqualTo(200);
		// the engine lets assignees read their own tasks (an author's "Revise post" after a request for changes, left
		// by other tests of this shared application), nothing else
		assertThat(asAuthor.json().findValuesAsText("assignee")).as("an author reads only tasks assigned to them")
			.allMatch("author"::equals);
		assertThat(asAuthor.json().findValuesAsText("taskDefinitionKey"))
			.as("an author has no authorization to read review tasks")
			.doesNotContain("Task_ComplianceReview", "Task_LegalSignOff");
		Response asAdmin = ApiClient.as(port, "admin").get("/engine-rest/task");
		assertThat(asAdmin.json().size()).isPositive();
		assertThat(author().post("/engine-rest/user/create",
				Map.of("profile", Map.of("id", "intruder"), "credentials", Map.of("password", "Vq8#Lm2!Zt6x"))).status())
			.isEqualTo(403);
	}

	@Test
	void theApiIsDocumented() {
		Response docs = author().get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/posts/{id}/submit")).isTrue();
		assertThat(docs.json().get("paths").has("/api/tasks/{id}/decision")).isTrue();
	}

	private static String taskFor(ApiClient client, long postId, String key) {
		Response tasks = client.get("/api/tasks?limit=1000");
		assertThat(tasks.status()).isEqualTo(200);
		for (JsonNode task : tasks.json()) {
			if (task.get("postId").asLong() == postId && task.get("taskDefinitionKey").asText().equals(key)) {
				return task.get("id").asText();
			}
		}
		throw new AssertionError("No " + key + " task for post " + postId + " in " + tasks.body());
	}

	private static Response decide(ApiClient client, String taskId, String decision) {
		return client.post("/api/tasks/" + taskId + "/decision",
				Map.of("decision", decision, "comment", "Decided in a test"));
	}

	private static void assertProblem(Response response, int status, String type) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("type").asText()).isEqualTo("urn:clearance:problem:" + type);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception");
	}

	/** Polls until the job executor has moved the post to {@code status}; bounded, never a fixed sleep. */
	public static JsonNode awaitStatus(ApiClient client, long id, String status) {
		Predicate<JsonNode> done = post -> post.get("status").asText().equals(status);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		JsonNode post = client.get("/api/posts/" + id).json();
		while (!done.test(post)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Post " + id + " did not reach " + status + ": " + post);
			}
			try {
				Thread.onSpinWait();
				java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
			}
			finally {
				post = client.get("/api/posts/" + id).json();
			}
		}
		return post;
	}
}
