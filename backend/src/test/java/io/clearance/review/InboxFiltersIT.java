package io.clearance.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.api.ApiClient;
import io.clearance.api.ApiClient.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The inbox's filters are query parameters of {@code GET /api/tasks}, applied in the database before paging: a page
 * holds only matching tasks and {@code X-Total-Count} is the number of matching tasks.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InboxFiltersIT {

	static final String CLAIM = "Our new knee therapy is guaranteed to cure arthritis, 100% effective!";

	static final String HARMLESS = "Join our free community health fair this Saturday.";

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Test
	void postFiltersApplyBeforePagingAndTheTotalCountsTheMatches() {
		ApiClient author = ApiClient.as(port, "author");
		ApiClient compliance = ApiClient.as(port, "compliance");
		// many earlier-due tasks on other platforms, then one LinkedIn post due last
		for (int i = 0; i < 3; i++) {
			author.createAndSubmit(HARMLESS + " " + i, List.of("FACEBOOK"));
		}
		long linkedIn = author.createAndSubmit(CLAIM, List.of("LINKEDIN", "TWITTER"));

		Response all = compliance.get("/api/tasks?limit=1000");
		Response filtered = compliance.get("/api/tasks?limit=1000&platform=LINKEDIN");
		assertThat(filtered.status()).as(filtered.toString()).isEqualTo(200);
		assertThat(filtered.json()).isNotEmpty()
			.allSatisfy(task -> assertThat(task.at("/post/platforms").toString()).contains("LINKEDIN"));
		assertThat(postIds(filtered)).contains(linkedIn);
		assertThat(total(filtered)).isEqualTo(filtered.json().size()).isLessThan(total(all));

		// paging happens after the filter: one task per page, every page a LinkedIn one, the total the same
		Response firstPage = compliance.get("/api/tasks?limit=1&platform=LINKEDIN");
		assertThat(firstPage.json()).hasSize(1);
		assertThat(firstPage.json().get(0).at("/post/platforms").toString()).contains("LINKEDIN");
		assertThat(total(firstPage)).isEqualTo(total(filtered));
		Response lastPage = compliance.get("/api/tasks?limit=1&platform=LINKEDIN&offset=" + (total(filtered) - 1));
		assertThat(lastPage.json().get(0).get("id").asText())
			.isEqualTo(filtered.json().get(filtered.json().size() - 1).get("id").asText());
		assertThat(compliance.get("/api/tasks?limit=1&platform=LINKEDIN&offset=" + total(filtered)).json()).isEmpty();

		Response routed = compliance.get("/api/tasks?limit=1000&route=NEEDS_LEGAL&category=MEDICAL_CLAIM&platform=TWITTER");
		assertThat(routed.json()).isNotEmpty().allSatisfy(task -> {
			assertThat(task.at("/post/route").asText()).isEqualTo("NEEDS_LEGAL");
			assertThat(task.at("/post/categories").toString()).contains("MEDICAL_CLAIM");
			assertThat(task.at("/post/platforms").toString()).contains("TWITTER");
		});
		assertThat(postIds(routed)).contains(linkedIn);
		assertThat(postIds(compliance.get("/api/tasks?limit=1000&route=PASS"))).doesNotContain(linkedIn);
		assertThat(postIds(compliance.get("/api/tasks?limit=1000&category=PHI"))).doesNotContain(linkedIn);
		assertThat(compliance.get("/api/tasks?limit=1000&crisis=true").json())
			.allSatisfy(task -> assertThat(task.at("/post/crisis").asBoolean()).isTrue());
	}

	@Test
	void taskFiltersNarrowByStageClaimAndDueDate() {
		ApiClient author = ApiClient.as(port, "author");
		ApiClient compliance = ApiClient.as(port, "compliance");
		long claimed = author.createAndSubmit(HARMLESS + " claimed", List.of("FACEBOOK"));
		long overdue = author.createAndSubmit(HARMLESS + " overdue", List.of("FACEBOOK"));
		long soon = author.createAndSubmit(HARMLESS + " soon", List.of("FACEBOOK"));
		String claimedTask = taskOf(compliance.get("/api/tasks?limit=1000"), claimed).get("id").asText();
		assertThat(compliance.post("/api/tasks/" + claimedTask + "/claim", "").status()).isEqualTo(200);
		taskService.setDueDate(taskOf(compliance.get("/api/tasks?limit=1000"), overdue).get("id").asText(),
				Date.from(Instant.now().minus(Duration.ofHours(2))));
		taskService.setDueDate(taskOf(compliance.get("/api/tasks?limit=1000"), soon).get("id").asText(),
				Date.from(Instant.now().plus(Duration.ofMinutes(30))));

		Response mine = compliance.get("/api/tasks?limit=1000&claim=mine");
		assertThat(mine.json()).allSatisfy(task -> assertThat(task.get("assignee").asText()).isEqualTo("compliance"));
		assertThat(postIds(mine)).contains(claimed);
		assertThat(postIds(compliance.get("/api/tasks?limit=1000&claim=unclaimed"))).doesNotContain(claimed)
			.contains(overdue);
		assertThat(compliance.get("/api/tasks?limit=1000&stage=LEGAL").json())
			.allSatisfy(task -> assertThat(task.get("stage").asText()).isEqualTo("LEGAL"));
		assertThat(postIds(compliance.get("/api/tasks?limit=1000&stage=COMPLIANCE"))).contains(claimed, overdue);

		Response late = compliance.get("/api/tasks?limit=1000&due=overdue");
		assertThat(postIds(late)).contains(overdue).doesNotContain(soon, claimed);
		assertThat(late.json()).allSatisfy(
				task -> assertThat(Instant.parse(task.get("due").asText())).isBefore(Instant.now()));
		assertThat(postIds(compliance.get("/api/tasks?limit=1000&due=due-soon"))).contains(soon)
			.doesNotContain(overdue, claimed);
		assertThat(postIds(compliance.get("/api/tasks?limit=1000&due=escalated"))).doesNotContain(overdue, soon);

		// latest due first: the task due soon comes after the later-due ones, the overdue one after it
		List<Long> descending = postIds(compliance.get("/api/tasks?limit=1000&sort=due-desc&stage=COMPLIANCE"));
		assertThat(descending).containsSubsequence(claimed, soon, overdue);
	}

	@Test
	void unknownFilterValuesAre400ProblemDetails() {
		ApiClient compliance = ApiClient.as(port, "compliance");
		for (String query : List.of("platform=MYSPACE", "route=MAYBE", "category=GOSSIP", "stage=AUTHOR",
				"claim=theirs", "due=late", "sort=random", "crisis=perhaps")) {
			Response response = compliance.get("/api/tasks?" + query);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.contentType()).as(query).contains("application/problem+json");
			assertThat(response.json().get("detail").asText()).as(query).isNotBlank();
		}
		assertThat(compliance.get("/api/tasks?claim=theirs").json().get("type").asText()).endsWith("invalid-filter");
		assertThat(compliance.get("/api/tasks?platform=LINKEDIN&limit=0").status()).isEqualTo(400);
	}

	private static long total(Response response) {
		return Long.parseLong(response.header("X-Total-Count"));
	}

	private static List<Long> postIds(Response tasks) {
		assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		tasks.json().forEach(task -> ids.add(task.get("postId").asLong()));
		return ids;
	}

	private static JsonNode taskOf(Response tasks, long postId) {
		for (JsonNode task : tasks.json()) {
			if (task.get("postId").asLong() == postId) {
				return task;
			}
		}
		throw new AssertionError("No task for post " + postId + " in " + tasks.body());
	}
}
