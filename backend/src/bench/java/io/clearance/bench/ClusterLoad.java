package io.clearance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clearance.api.RunningJar;
import io.clearance.support.TestDatabases;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * Load test of issue 8 ({@code -Pload}, not part of any other run): the real jar on a fresh PostgreSQL database,
 * one node and then two nodes on one database, driven over HTTP on loopback for {@link #MEASURE} (after
 * {@link #WARM_UP}) by {@link #AUTHORS} authors (create, edit, submit) and {@link #REVIEWERS} reviewers (list,
 * claim, approve). With two nodes every client sends each request to the next node in turn. Reports throughput,
 * p50/p99 and errors per endpoint; a 409 is counted apart (two reviewers on one task: expected behaviour, kept rare
 * because reviewer r only takes tasks whose id hashes to r). Afterwards it waits until every approved post is
 * published and checks in the database that none was published twice and no incident was raised.
 */
class ClusterLoad {

	static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("load.warmup", 10));

	static final Duration MEASURE = Duration.ofSeconds(Long.getLong("load.seconds", 60));

	static final int AUTHORS = Integer.getInteger("load.authors", 4);

	static final int REVIEWERS = Integer.getInteger("load.reviewers", 2);

	static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void oneNodeThenTwoNodesOnOnePostgres() throws Exception {
		StringBuilder report = new StringBuilder();
		report.append(run(1)).append('\n').append(run(2));
		Path out = Path.of("target", "bench", "load.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println("\n" + report);
	}

	private String run(int nodes) throws Exception {
		String database = TestDatabases.createPostgres("clearance_load");
		Path workDir = Path.of("target", "bench", "load-" + nodes + "-" + System.currentTimeMillis()).toAbsolutePath();
		Path root = Path.of("..").toAbsolutePath().normalize();
		String[] args = { "--spring.datasource.url=" + database, "--spring.datasource.username=" + TestDatabases.user(),
				"--spring.datasource.password=" + TestDatabases.password(), "--clearance.demo.users=true",
				"--clearance.processes.dir=" + root.resolve("processes"), "--clearance.rules.dir=" + root.resolve("rules"),
				"--camunda.bpm.job-execution.max-wait=1000" };
		List<RunningJar> jars = new ArrayList<>();
		try {
			for (int i = 0; i < nodes; i++) {
				jars.add(RunningJar.start(workDir, args));
			}
			int[] ports = jars.stream().mapToInt(RunningJar::port).toArray();
			Load load = new Load(ports);
			load.drive(WARM_UP);
			load.reset();
			load.drive(MEASURE);
			String table = load.table(nodes + (nodes == 1 ? " node" : " nodes") + " on one PostgreSQL, " + AUTHORS
					+ " authors + " + REVIEWERS + " reviewers, " + MEASURE.toSeconds() + " s");
			System.out.println(table);
			long approved = load.approved.get();
			awaitPublished(ports[0], load.approvedIds);
			assertPublishedOnce(database);
			assertThat(load.errorCount()).as("errors (not 409) under load:\n" + table).isZero();
			return table + String.format(Locale.ROOT, "%d posts approved during the run (warm-up included), all "
					+ "PUBLISHED afterwards, each platform once; no incident.%n", approved);
		}
		finally {
			jars.forEach(RunningJar::close);
			TestDatabases.dropPostgres(database);
		}
	}

	/** The clients and what they measured, per endpoint. */
	static final class Load {

		final int[] ports;

		final Map<String, Endpoint> endpoints = new LinkedHashMap<>();

		final AtomicLong approved = new AtomicLong();

		final List<Long> approvedIds = java.util.Collections.synchronizedList(new ArrayList<>());

		long nanos;

		Load(int[] ports) {
			this.ports = ports;
			for (String e : List.of("POST /api/posts", "PUT /api/posts/{id}", "POST /api/posts/{id}/submit",
					"GET /api/tasks", "POST /api/tasks/{id}/claim", "POST /api/tasks/{id}/decision")) {
				endpoints.put(e, new Endpoint());
			}
		}

		void reset() {
			endpoints.replaceAll((k, v) -> new Endpoint());
		}

		long errorCount() {
			return endpoints.values().stream().mapToLong(e -> e.errors.get()).sum();
		}

		void drive(Duration duration) throws InterruptedException {
			AtomicBoolean stop = new AtomicBoolean();
			List<Thread> threads = new ArrayList<>();
			for (int a = 0; a < AUTHORS; a++) {
				int client = a;
				threads.add(new Thread(() -> author(client, stop)));
			}
			for (int r = 0; r < REVIEWERS; r++) {
				int reviewer = r;
				threads.add(new Thread(() -> reviewer(reviewer, stop)));
			}
			long start = System.nanoTime();
			threads.forEach(Thread::start);
			Thread.sleep(duration.toMillis());
			stop.set(true);
			for (Thread thread : threads) {
				thread.join();
			}
			nanos = System.nanoTime() - start;
		}

		private void author(int client, AtomicBoolean stop) {
			int[] turn = { client };
			int n = 0;
			while (!stop.get()) {
				n++;
				JsonNode created = call("POST /api/posts", Http.post(port(turn), "/api/posts", "author",
						"{\"text\": \"Blood drive at the east campus, slot " + client + "-" + n
								+ ". Every donation helps.\", \"platforms\": [\"FACEBOOK\", \"LINKEDIN\"]}"), 201);
				if (created == null) {
					continue;
				}
				long id = created.get("id").asLong();
				JsonNode edited = call("PUT /api/posts/{id}", put(port(turn), "/api/posts/" + id,
						"{\"text\": \"Blood drive at the east campus, slot " + client + "-" + n
								+ ". Every donation helps; bring an ID.\", \"platforms\": [\"FACEBOOK\", \"LINKEDIN\"], "
								+ "\"version\": " + created.get("version").asLong() + "}"), 200);
				if (edited != null) {
					call("POST /api/posts/{id}/submit", Http.post(port(turn), "/api/posts/" + id + "/submit", "author",
							""), 200);
				}
			}
		}

		private void reviewer(int reviewer, AtomicBoolean stop) {
			int[] turn = { reviewer };
			while (!stop.get()) {
				JsonNode tasks = call("GET /api/tasks", Http.get(port(turn), "/api/tasks?limit=50", "compliance"), 200);
				String mine = null;
				long postId = 0;
				if (tasks != null) {
					for (JsonNode task : tasks) {
						String id = task.get("id").asText();
						if (Math.floorMod(id.hashCode(), REVIEWERS) == reviewer
								&& "Task_ComplianceReview".equals(task.get("taskDefinitionKey").asText())) {
							mine = id;
							postId = task.get("postId").asLong();
							break;
						}
					}
				}
				if (mine == null) {
					java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
					continue;
				}
				if (call("POST /api/tasks/{id}/claim", Http.post(port(turn), "/api/tasks/" + mine + "/claim",
						"compliance", ""), 200) == null) {
					continue;
				}
				Endpoint decision = endpoints.get("POST /api/tasks/{id}/decision");
				int status = send(decision, Http.post(port(turn), "/api/tasks/" + mine + "/decision", "compliance",
						"{\"decision\": \"APPROVE\"}"), 204);
				if (status == 204) {
					approved.incrementAndGet();
					approvedIds.add(postId);
				}
			}
		}

		private int port(int[] turn) {
			return ports[turn[0]++ % ports.length];
		}

		private static HttpRequest put(int port, String path, String json) {
			return HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
				.header("Content-Type", "application/json").header("Authorization", Http.basic("author"))
				.PUT(HttpRequest.BodyPublishers.ofString(json)).build();
		}

		/** Sends and records; the body as JSON when the status was the expected one, else null. */
		private JsonNode call(String endpoint, HttpRequest request, int expected) {
			Endpoint e = endpoints.get(endpoint);
			long t0 = System.nanoTime();
			try {
				HttpResponse<String> response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
				e.record(System.nanoTime() - t0, response.statusCode(), expected, response.body());
				return response.statusCode() == expected && !response.body().isEmpty() ? JSON.readTree(response.body())
						: null;
			}
			catch (Exception ex) {
				e.record(System.nanoTime() - t0, -1, expected, ex.toString());
				return null;
			}
		}

		private int send(Endpoint e, HttpRequest request, int expected) {
			long t0 = System.nanoTime();
			try {
				HttpResponse<String> response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
				e.record(System.nanoTime() - t0, response.statusCode(), expected, response.body());
				return response.statusCode();
			}
			catch (Exception ex) {
				e.record(System.nanoTime() - t0, -1, expected, ex.toString());
				return -1;
			}
		}

		String table(String title) {
			double seconds = nanos / 1e9;
			StringBuilder out = new StringBuilder("### " + title + "\n\n"
					+ "| endpoint | requests | per s | p50 ms | p99 ms | errors | 409 |\n"
					+ "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
			long total = 0;
			for (Map.Entry<String, Endpoint> entry : endpoints.entrySet()) {
				Endpoint e = entry.getValue();
				long count = e.latency.getTotalCount();
				total += count;
				out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %d | %d |%n", entry.getKey(),
						count, count / seconds, Figures.ms(e.latency, 50), Figures.ms(e.latency, 99), e.errors.get(),
						e.conflicts.get()));
				if (e.firstError != null) {
					out.append("|   first error: ").append(e.firstError.replace('|', '/').replace('\n', ' '))
						.append(" | | | | | | |\n");
				}
			}
			out.append(String.format(Locale.ROOT, "| all | %d | %.1f | | | %d | |%n", total, total / seconds,
					errorCount()));
			return out.toString();
		}
	}

	static final class Endpoint {

		final Histogram latency = Figures.micros();

		final AtomicInteger errors = new AtomicInteger();

		final AtomicInteger conflicts = new AtomicInteger();

		volatile String firstError;

		void record(long nanos, int status, int expected, String body) {
			synchronized (latency) {
				latency.recordValue(Math.max(1, nanos / 1000));
			}
			if (status == 409) {
				conflicts.incrementAndGet();
			}
			else if (status != expected) {
				errors.incrementAndGet();
				if (firstError == null) {
					firstError = status + " " + (body.length() > 300 ? body.substring(0, 300) : body);
				}
			}
		}
	}

	private static void awaitPublished(int port, List<Long> ids) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		List<Long> pending = new ArrayList<>(ids);
		while (!pending.isEmpty() && System.nanoTime() < deadline) {
			pending.removeIf(id -> {
				try {
					HttpResponse<String> post = Http.CLIENT.send(Http.get(port, "/api/posts/" + id, "author"),
							HttpResponse.BodyHandlers.ofString());
					return JSON.readTree(post.body()).get("status").asText().equals("PUBLISHED");
				}
				catch (Exception e) {
					return false;
				}
			});
			Thread.sleep(500);
		}
		assertThat(pending).as("approved posts not PUBLISHED within 2 minutes of the run").isEmpty();
	}

	private static void assertPublishedOnce(String database) throws Exception {
		try (Connection db = DriverManager.getConnection(database, TestDatabases.user(), TestDatabases.password());
				Statement sql = db.createStatement()) {
			try (ResultSet twice = sql.executeQuery("select count(*) from (select idempotency_key from "
					+ "sandbox_publication group by idempotency_key having count(*) > 1) d")) {
				twice.next();
				assertThat(twice.getInt(1)).as("publications received twice by a platform").isZero();
			}
			try (ResultSet incidents = sql.executeQuery("select count(*) from act_ru_incident")) {
				incidents.next();
				assertThat(incidents.getInt(1)).as("engine incidents").isZero();
			}
		}
	}
}
