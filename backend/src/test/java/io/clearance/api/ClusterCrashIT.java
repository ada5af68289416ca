package io.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.support.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: nodes are killed with SIGKILL while publishing jobs run. After a restart every approved post is
 * published exactly once (the platform received each idempotency key once, and the recorded external id is the
 * platform's), no process is left waiting, no incident is raised, and the audit chain is intact. Bounded in time.
 */
class ClusterCrashIT {

	static final List<String> PLATFORMS = List.of("FACEBOOK", "LINKEDIN", "TWITTER");

	static final int POSTS = 12;

	@TempDir
	Path workDir;

	@Test
	void twoNodesOnPostgresLoseNothingWhenOneIsKilledWhilePublishing() throws Exception {
		String database = TestDatabases.createPostgres("clearance_crash");
		try {
			List<String> args = List.of("--spring.datasource.url=" + database,
					"--spring.datasource.username=" + TestDatabases.user(),
					"--spring.datasource.password=" + TestDatabases.password(), "--clearance.demo.users=true");
			RunningJar nodeA = start(args);
			try (RunningJar nodeB = start(args)) {
				List<Long> posts = approveOnBothNodes(nodeA.port(), nodeB.port());
				nodeA.kill();
				try (RunningJar restartedA = start(args)) {
					awaitAllPublished(restartedA.port(), posts);
					assertExactlyOnce(database, posts);
					assertThat(ApiClient.as(nodeB.port(), "admin").get("/api/audit/verify").json()
						.get("intact").asBoolean()).isTrue();
				}
			}
			finally {
				nodeA.kill();
			}
		}
		finally {
			TestDatabases.dropPostgres(database);
		}
	}

	@Test
	void theEmbeddedNodeLosesNothingWhenKilledWhilePublishing() throws Exception {
		// the embedded default as shipped: ./data/clearance under the node's working directory
		List<String> args = List.of();
		RunningJar node = start(args);
		List<Long> posts;
		try {
			posts = approveOnBothNodes(node.port(), node.port());
		}
		finally {
			node.kill();
		}
		try (RunningJar restarted = start(args)) {
			awaitAllPublished(restarted.port(), posts);
			for (long id : posts) {
				JsonNode publications = ApiClient.as(restarted.port(), "author").get("/api/posts/" + id + "/publications")
					.json();
				assertThat(publications).hasSize(PLATFORMS.size())
					.allSatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("PUBLISHED"));
			}
			assertThat(ApiClient.as(restarted.port(), "admin").get("/api/audit/verify").json().get("intact")
				.asBoolean()).isTrue();
		}
	}

	private RunningJar start(List<String> args) {
		Path root = Path.of("..").toAbsolutePath().normalize();
		List<String> all = new ArrayList<>(args);
		all.addAll(List.of("--clearance.processes.dir=" + root.resolve("processes"),
				"--clearance.rules.dir=" + root.resolve("rules"), "--camunda.bpm.job-execution.wait-time-in-millis=100",
				"--camunda.bpm.job-execution.max-wait=500",
				// a killed node's locked jobs are taken over once their lock expires
				"--camunda.bpm.job-execution.lock-time-in-millis=10000"));
		return RunningJar.start(workDir, all.toArray(String[]::new));
	}

	/** Creates and submits the posts on one node and decides them alternately on both. */
	private static List<Long> approveOnBothNodes(int portA, int portB) {
		List<Long> ids = new ArrayList<>();
		ApiClient author = ApiClient.as(portA, "author");
		for (int i = 0; i < POSTS; i++) {
			long id = author.post("/api/posts", Map.of("text", "Community yoga in the park, week " + i
					+ ". Bring a mat and water!", "platforms", PLATFORMS)).json().get("id").asLong();
			assertThat(author.post("/api/posts/" + id + "/submit", "").status()).isEqualTo(200);
			ids.add(id);
		}
		for (int i = 0; i < ids.size(); i++) {
			ApiClient reviewer = ApiClient.as(i % 2 == 0 ? portA : portB, "compliance");
			String task = null;
			for (JsonNode t : reviewer.get("/api/tasks?limit=1000").json()) {
				if (t.get("postId").asLong() == ids.get(i)) {
					task = t.get("id").asText();
				}
			}
			assertThat(task).as("task of post " + ids.get(i)).isNotNull();
			var decided = reviewer.post("/api/tasks/" + task + "/decision", Map.of("decision", "APPROVE"));
			assertThat(decided.status()).as(decided.toString()).isEqualTo(204);
		}
		return ids;
	}

	private static void awaitAllPublished(int port, List<Long> ids) {
		ApiClient author = ApiClient.as(port, "author");
		long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
		List<Long> pending = new ArrayList<>(ids);
		while (!pending.isEmpty()) {
			pending.removeIf(id -> author.get("/api/posts/" + id).json().get("status").asText().equals("PUBLISHED"));
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not published after the restart: " + pending.stream()
					.map(id -> id + " " + author.get("/api/posts/" + id).json().get("status").asText()).toList());
			}
			java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
		}
	}

	private static void assertExactlyOnce(String database, List<Long> ids) throws SQLException {
		try (Connection db = DriverManager.getConnection(database, TestDatabases.user(), TestDatabases.password());
				Statement sql = db.createStatement()) {
			for (long id : ids) {
				try (ResultSet rows = sql.executeQuery("select p.status, p.external_id, s.external_id "
						+ "from publication p left join sandbox_publication s on s.idempotency_key = p.idempotency_key "
						+ "where p.post_id = " + id)) {
					int count = 0;
					while (rows.next()) {
						count++;
						assertThat(rows.getString(1)).isEqualTo("PUBLISHED");
						assertThat(rows.getString(2)).as("recorded id is the platform's").isEqualTo(rows.getString(3));
					}
					assertThat(count).as("publications of post " + id).isEqualTo(PLATFORMS.size());
				}
				try (ResultSet received = sql.executeQuery(
						"select count(*) from sandbox_publication where idempotency_key like 'post-" + id + "-%'")) {
					received.next();
					assertThat(received.getInt(1)).as("what the platforms received for post " + id)
						.isEqualTo(PLATFORMS.size());
				}
			}
			try (ResultSet running = sql.executeQuery("select count(*) from act_ru_execution")) {
				running.next();
				assertThat(running.getInt(1)).as("process executions left waiting").isZero();
			}
			try (ResultSet incidents = sql.executeQuery("select count(*) from act_ru_incident")) {
				incidents.next();
				assertThat(incidents.getInt(1)).isZero();
			}
		}
	}
}
