package io.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.support.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar on PostgreSQL, as in production: migrations apply, the first administrator comes from the
 * environment, there are no demo users, and a post goes from draft to published. Demo users on PostgreSQL only
 * when forced, and the application refuses to start while they are there otherwise.
 */
class PostgresIT {

	static final String ADMIN_PASSWORD = "Qw3#Zr8!Lp5x";

	@TempDir
	Path workDir;

	String database;

	@BeforeEach
	void createDatabase() {
		database = TestDatabases.createPostgres("clearance_it");
	}

	@AfterEach
	void dropDatabase() {
		TestDatabases.dropPostgres(database);
	}

	@Test
	void runsOnPostgresWithAnAdministratorFromTheEnvironmentAndNoDemoUsers() {
		try (RunningJar app = start("--clearance.admin.username=boss", "--clearance.admin.password=" + ADMIN_PASSWORD)) {
			ApiClient boss = ApiClient.as(app.port(), "boss", ADMIN_PASSWORD);
			assertThat(ApiClient.as(app.port(), "author").get("/api/me").status()).isEqualTo(401);
			createUser(boss, "writer", "Mn4$Bv7#Cx2z", "authors");
			createUser(boss, "reviewer", "Ty6&Hg1!Df9k", "compliance");
			ApiClient writer = ApiClient.as(app.port(), "writer", "Mn4$Bv7#Cx2z");
			ApiClient reviewer = ApiClient.as(app.port(), "reviewer", "Ty6&Hg1!Df9k");

			long id = writer.post("/api/posts", Map.of("text", "Flu shots every Saturday in November at the main campus.",
					"platforms", List.of("FACEBOOK", "LINKEDIN"))).json().get("id").asLong();
			assertThat(writer.post("/api/posts/" + id + "/submit", "").status()).isEqualTo(200);
			String task = null;
			for (JsonNode t : reviewer.get("/api/tasks?limit=1000").json()) {
				if (t.get("postId").asLong() == id) {
					task = t.get("id").asText();
				}
			}
			assertThat(task).isNotNull();
			// the inbox's filters are SQL of their own (FilteredTaskQuery): they must run on PostgreSQL too
			ApiClient.Response filtered = reviewer
				.get("/api/tasks?platform=LINKEDIN&stage=COMPLIANCE&claim=unclaimed&sort=due-desc");
			assertThat(filtered.status()).as(filtered.toString()).isEqualTo(200);
			assertThat(filtered.header("X-Total-Count")).isEqualTo("1");
			assertThat(filtered.json().get(0).get("id").asText()).isEqualTo(task);
			for (String none : List.of("platform=INSTAGRAM", "category=PHI", "route=BLOCK", "due=escalated", "due=overdue",
					"crisis=true&due=due-soon", "claim=mine")) {
				ApiClient.Response empty = reviewer.get("/api/tasks?" + none);
				assertThat(empty.status()).as(empty.toString()).isEqualTo(200);
				assertThat(empty.header("X-Total-Count")).as(none).isEqualTo("0");
			}
			assertThat(reviewer.post("/api/tasks/" + task + "/decision", Map.of("decision", "APPROVE")).status())
				.isEqualTo(204);
			PostApiIT.awaitStatus(writer, id, "PUBLISHED");
			assertThat(writer.get("/api/posts/" + id + "/publications").json()).hasSize(2);
			assertThat(boss.get("/api/audit/verify").json().get("intact").asBoolean()).isTrue();
		}
	}

	@Test
	void refusesToStartWithDemoUsersUnlessForced() {
		try (RunningJar forced = start("--clearance.demo.users=true")) {
			assertThat(ApiClient.as(forced.port(), "author").get("/api/me").status()).isEqualTo(200);
		}
		assertThatThrownBy(() -> start().close()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Demo users");
	}

	private RunningJar start(String... extra) {
		Path root = Path.of("..").toAbsolutePath().normalize();
		List<String> args = new java.util.ArrayList<>(List.of("--spring.datasource.url=" + database,
				"--spring.datasource.username=" + TestDatabases.user(),
				"--spring.datasource.password=" + TestDatabases.password(),
				"--clearance.processes.dir=" + root.resolve("processes"), "--clearance.rules.dir=" + root.resolve("rules"),
				"--camunda.bpm.job-execution.wait-time-in-millis=200", "--camunda.bpm.job-execution.max-wait=1000"));
		args.addAll(List.of(extra));
		return RunningJar.start(workDir, args.toArray(String[]::new));
	}

	private static void createUser(ApiClient admin, String id, String password, String group) {
		var created = admin.post("/engine-rest/user/create", Map.of("profile",
				Map.of("id", id, "firstName", "Test", "lastName", "Person", "email", id + "@example.invalid"),
				"credentials", Map.of("password", password)));
		assertThat(created.status()).as(created.toString()).isEqualTo(204);
		var member = admin.put("/engine-rest/group/" + group + "/members/" + id, "");
		assertThat(member.status()).as(member.toString()).isEqualTo(204);
	}
}
