package io.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.api.ApiClient.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default keeps what users saved: a post published through the real jar on an H2 file database is
 * still PUBLISHED, with its history and publications, after the application is stopped and started again.
 */
class RestartIT {

	@TempDir
	Path dataDir;

	@Test
	void aPublishedPostSurvivesARestart() {
		long id;
		List<String> historyBefore;
		try (RunningJar app = start()) {
			int port = app.port();
			ApiClient author = ApiClient.as(port, "author");
			ApiClient compliance = ApiClient.as(port, "compliance");
			Response created = author.post("/api/posts",
					Map.of("text", PostApiIT.HARMLESS, "platforms", List.of("INSTAGRAM"), "mediaDescriptions",
							List.of("Photo of the health fair tent, no people")));
			id = created.json().get("id").asLong();
			author.post("/api/posts/" + id + "/submit", "");
			String taskId = null;
			for (JsonNode task : compliance.get("/api/tasks?limit=1000").json()) {
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
		try (RunningJar app = start()) {
			ApiClient author = ApiClient.as(app.port(), "author");
			JsonNode post = author.get("/api/posts/" + id).json();
			assertThat(post.get("status").asText()).isEqualTo("PUBLISHED");
			assertThat(author.get("/api/posts/" + id + "/history").json().findValuesAsText("hash"))
				.isEqualTo(historyBefore);
			JsonNode publications = author.get("/api/posts/" + id + "/publications").json();
			assertThat(publications).hasSize(1);
			assertThat(publications.get(0).get("status").asText()).isEqualTo("PUBLISHED");
		}
	}

	/** The real jar in its own JVM, on an H2 file database in a fresh folder, from the repository's folders. */
	private RunningJar start() {
		Path root = Path.of("..").toAbsolutePath().normalize();
		return RunningJar.start(dataDir, "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("clearance"),
				"--clearance.processes.dir=" + root.resolve("processes"), "--clearance.rules.dir=" + root.resolve("rules"),
				"--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000");
	}
}
