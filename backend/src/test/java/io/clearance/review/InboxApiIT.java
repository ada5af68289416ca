package io.clearance.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.api.ApiClient.Response;
import io.clearance.api.ApiClient;
import io.clearance.posts.PostContent;
import io.clearance.posts.PostService.Draft;
import io.clearance.posts.PostService;
import io.clearance.posts.PostSummary;
import io.clearance.screening.Category;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.Route;
import io.clearance.support.LostWriteGuard;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What the reviewers' task view reads beyond the task: post summaries in the inbox and the revisions of a post. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InboxApiIT {

	static final String CLAIM = "Our new knee therapy is guaranteed to cure arthritis, 100% effective!";

	@LocalServerPort
	int port;

	@Autowired
	PostService posts;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	DataSource dataSource;

	@Test
	void theEngineTaskTableHasTheInboxIndexAndTheTestsWatchForLostWrites() throws Exception {
		assertThat(dataSource).as("LostWriteGuard is on in the test contexts").isInstanceOf(LostWriteGuard.Guarded.class);
		Set<String> indexes = new HashSet<>();
		try (Connection connection = dataSource.getConnection()) {
			for (String table : List.of("ACT_RU_TASK", "act_ru_task")) {
				try (ResultSet rows = connection.getMetaData().getIndexInfo(null, null, table, false, true)) {
					while (rows.next()) {
						indexes.add(String.valueOf(rows.getString("INDEX_NAME")).toUpperCase(Locale.ROOT));
					}
				}
			}
			connection.rollback();
		}
		assertThat(indexes).contains("CLR_IDX_TASK_DUE_CREATE_ID").doesNotContain("CLR_IDX_TASK_DUE_CREATE");
	}

	@Test
	void inboxTasksCarryTheirPostsSummary() {
		ApiClient author = ApiClient.as(port, "author");
		long id = author.createAndSubmit(CLAIM, List.of("TWITTER", "FACEBOOK"));

		JsonNode task = taskOf(ApiClient.as(port, "compliance").get("/api/tasks?limit=1000"), id);
		JsonNode post = task.get("post");
		assertThat(post.get("excerpt").asText()).isEqualTo(CLAIM);
		assertThat(post.get("platforms")).extracting(JsonNode::asText).containsExactly("FACEBOOK", "TWITTER");
		assertThat(post.get("route").asText()).isEqualTo("NEEDS_LEGAL");
		assertThat(post.get("categories")).extracting(JsonNode::asText).contains("MEDICAL_CLAIM");
		assertThat(post.get("crisis").asBoolean()).isFalse();
		assertThat(post.get("kind").asText()).isEqualTo("POST");
		assertThat(task.get("escalated").asBoolean()).isFalse();
		JsonNode single = ApiClient.as(port, "compliance").get("/api/tasks/" + task.get("id").asText()).json();
		assertThat(single.at("/post/route").asText()).isEqualTo("NEEDS_LEGAL");
	}

	@Test
	void anExcerptKeepsTheStartOfALongText() {
		String text = "Join our free community health fair this Saturday. ".repeat(10);
		long id = ApiClient.as(port, "author").createAndSubmit(text, List.of("FACEBOOK"));
		JsonNode post = taskOf(ApiClient.as(port, "compliance").get("/api/tasks?limit=1000"), id).get("post");
		assertThat(post.get("excerpt").asText()).isEqualTo(text.substring(0, PostSummary.EXCERPT_LENGTH));
		assertThat(post.get("route").asText()).isEqualTo("PASS");
		assertThat(post.get("categories")).isEmpty();
	}

	@Test
	void summariesOfManyPostsTakeTwoQueries() {
		List<Long> ids = new ArrayList<>();
		ids.add(ApiClient.as(port, "author").createAndSubmit("Post 0", List.of("FACEBOOK")));
		for (int i = 1; i < 30; i++) {
			ids.add(posts.create("author", new Draft(new PostContent("Post " + i, List.of(), List.of()), PostKind.POST,
					false, List.of(Platform.FACEBOOK, Platform.LINKEDIN), null)).id());
		}
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		Map<Long, PostSummary> summaries;
		try {
			summaries = posts.summaries(ids);
			assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
		assertThat(summaries).hasSize(30);
		assertThat(summaries.get(ids.get(0)).route()).isEqualTo(Route.PASS);
		assertThat(summaries.get(ids.get(1)).route()).isNull();
		assertThat(summaries.get(ids.get(5)).platforms()).containsExactly(Platform.FACEBOOK, Platform.LINKEDIN);
		assertThat(summaries.get(ids.get(5)).excerpt()).isEqualTo("Post 5");
		assertThat(summaries.get(ids.get(5)).categories()).doesNotContain(Category.PHI);
	}

	@Test
	void revisionsListEveryVersionOldestFirstWithItsHash() {
		ApiClient author = ApiClient.as(port, "author");
		Response created = author.post("/api/posts", Map.of("text", "Flu shots on Saturday", "platforms",
				List.of("FACEBOOK"), "mediaDescriptions", List.of("A nurse with a syringe")));
		long id = created.json().get("id").asLong();
		author.put("/api/posts/" + id, Map.of("text", "Free flu shots on Saturday and Sunday", "platforms",
				List.of("FACEBOOK"), "version", created.json().get("version").asLong()));

		Response revisions = author.get("/api/posts/" + id + "/revisions");
		assertThat(revisions.status()).isEqualTo(200);
		JsonNode list = revisions.json();
		assertThat(list).hasSize(2);
		assertThat(list.get(0).get("number").asInt()).isEqualTo(1);
		assertThat(list.get(0).get("text").asText()).isEqualTo("Flu shots on Saturday");
		assertThat(list.get(0).get("mediaDescriptions").get(0).asText()).isEqualTo("A nurse with a syringe");
		assertThat(list.get(1).get("text").asText()).isEqualTo("Free flu shots on Saturday and Sunday");
		assertThat(list.get(1).get("createdBy").asText()).isEqualTo("author");
		assertThat(list.get(1).get("platforms").get(0).asText()).isEqualTo("FACEBOOK");
		assertThat(list.get(0).get("contentHash").asText()).hasSize(64)
			.isNotEqualTo(list.get(1).get("contentHash").asText());
		assertThat(ApiClient.as(port, "compliance").get("/api/posts/" + id + "/revisions").status()).isEqualTo(200);
		assertThat(ApiClient.as(port, "modeler").get("/api/posts/" + id + "/revisions").status())
			.as("another author does not learn the post exists").isEqualTo(404);
	}

	private static JsonNode taskOf(Response tasks, long postId) {
		assertThat(tasks.status()).isEqualTo(200);
		for (JsonNode task : tasks.json()) {
			if (task.get("postId").asLong() == postId) {
				return task;
			}
		}
		throw new AssertionError("No task for post " + postId + " in " + tasks.body());
	}
}
