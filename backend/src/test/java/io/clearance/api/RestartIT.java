package io.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.ClearanceApplication;
import io.clearance.api.ApiClient.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default keeps what users saved: a post published on an H2 file database is still PUBLISHED,
 * with its history and publications, after the application restarts.
 */
class RestartIT {

	@TempDir
	Path dataDir;

	@Test
	void aPublishedPostSurvivesARestart() {
		long id;
		List<String> historyBefore;
		try (ConfigurableApplicationContext app = start()) {
			int port = port(app);
			ApiClient author = ApiClient.as(port, "author");
			ApiClient compliance = ApiClient.as(port, "compliance");
			Response created = author.post("/api/posts",
					Map.of("text", PostApiIT.HARMLESS, "platforms", List.of("INSTAGRAM"), "mediaDescriptions",
							List.of("Photo of the health fair tent, no people")));
			id = created.json().get("id").asLong();
			author.post("/api/posts/" + id + "/submit", "");
			String taskId = null;
			for (JsonNode task : compliance.get("/api/tasks").json()) {
				if (task.get("postId").asLong() == id) {
					taskId = task.get("id").asText();
				}
			}
			assertThat(taskId).isNotNull();
			assertThat(compliance.post("/api/tasks/" + taskId + "/decision", Map.of("decision", "APPROVE")).status())
				.isEqualTo(204);
			PostApiIT.awaitStatus(author, id, "PUBLISHED");
			historyBefore = author.get("/api/posts/" + id + "/history").json().findValuesAsText("hash");
		}
		try (ConfigurableApplicationContext app = start()) {
			ApiClient author = ApiClient.as(port(app), "author");
			JsonNode post = author.get("/api/posts/" + id).json();
			assertThat(post.get("status").asText()).isEqualTo("PUBLISHED");
			assertThat(author.get("/api/posts/" + id + "/history").json().findValuesAsText("hash"))
				.isEqualTo(historyBefore);
			JsonNode publications = author.get("/api/posts/" + id + "/publications").json();
			assertThat(publications).hasSize(1);
			assertThat(publications.get(0).get("status").asText()).isEqualTo("PUBLISHED");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ClearanceApplication.class).properties(Map.of("server.port", "0",
				"spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("clearance") + ";DB_CLOSE_ON_EXIT=FALSE",
				"clearance.processes.dir", "../processes", "clearance.rules.dir", "../rules",
				"camunda.bpm.job-execution.wait-time-in-millis", "200", "camunda.bpm.job-execution.max-wait", "1000"))
			.run();
	}

	private static int port(ConfigurableApplicationContext app) {
		return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
	}
}
