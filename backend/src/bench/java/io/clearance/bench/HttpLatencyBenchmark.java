package io.clearance.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.clearance.review.process.PostApprovalProcess;
import io.clearance.review.process.PostApprovalProcess.Var;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Latency over real HTTP on loopback (the application in this JVM on in-memory H2, Tomcat on a random port, HTTP
 * Basic as the demo users) under a fixed concurrency of {@link #CLIENTS} clients: {@code GET /api/tasks} with
 * 1 000, 10 000 and 50 000 open compliance tasks, and {@code POST /api/screenings}; the baseline is
 * {@code GET /actuator/health}, measured after each step. The open tasks are seeded in the engine's tables (see
 * {@link #seed(int)}); the inbox reads only the engine, so it cannot tell them from tasks of real posts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.job-execution.enabled=false", "logging.level.org.camunda=WARN" })
@ActiveProfiles("test")
class HttpLatencyBenchmark {

	static final int CLIENTS = 4;

	static final int REQUESTS = 400;

	static final int[] OPEN_TASKS = { 1_000, 10_000, 50_000 };

	/** The inbox with a filter on the post: platform, a sub-query on the post tables for every candidate task. */
	static final String FILTERED = "/api/tasks?platform=LINKEDIN";

	static final String SCREENING = """
			{"text": "Flu shots are here! Walk in to any of our clinics this week, no appointment needed. \
			Ask your doctor whether the high-dose vaccine is right for you if you are 65 or older. \
			Questions? Call our clinic line or visit our website for hours and locations. #FluSeason #HealthyHabits",
			 "platform": "FACEBOOK", "kind": "POST", "sponsored": false}""";

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	private final AtomicLong fakePostIds = new AtomicLong(900_000_000L);

	@Test
	void inboxAndScreeningLatencyAgainstHealth() throws Exception {
		Figures figures = Figures.part("http");
		warmUp();
		Http.Run health = health();
		Http.Run screening = Http.closedLoop(CLIENTS, REQUESTS,
				i -> Http.post(port, "/api/screenings", "author", SCREENING));
		Http.Run healthAfter = health();
		assertThat(screening.errors()).as(screening.firstError()).isZero();
		figures.add("http", "POST /api/screenings p50 (" + CLIENTS + " clients)", "ms", screening.p50(),
				"GET /actuator/health p50", (health.p50() + healthAfter.p50()) / 2, null, null,
				String.format(Locale.ROOT, "%.0f req/s", screening.perSecond()))
			.add("http", "POST /api/screenings p99 (" + CLIENTS + " clients)", "ms", screening.p99(),
					"GET /actuator/health p99", (health.p99() + healthAfter.p99()) / 2, null, null, null);

		int seeded = 0;
		double first = 0;
		double firstFiltered = 0;
		for (int open : OPEN_TASKS) {
			seed(open - seeded);
			seeded = open;
			// above 1,000 tasks the total may lag the engine by a few seconds (InboxCounts): wait for it, and say how long
			long seededAt = System.nanoTime();
			String expected = Integer.toString(open);
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
				.untilAsserted(() -> assertThat(Http.CLIENT
					.send(Http.get(port, "/api/tasks", "compliance"), HttpResponse.BodyHandlers.ofString())
					.headers().firstValue("X-Total-Count")).hasValue(expected));
			double countLag = (System.nanoTime() - seededAt) / 1e6;
			Http.closedLoop(CLIENTS, 40, i -> Http.get(port, "/api/tasks", "compliance"));
			Http.Run inbox = Http.closedLoop(CLIENTS, REQUESTS, i -> Http.get(port, "/api/tasks", "compliance"));
			Http.Run baseline = health();
			assertThat(inbox.errors()).as(inbox.firstError()).isZero();
			if (first == 0) {
				first = inbox.p50();
			}
			String size = String.format(Locale.ROOT, "%,d open tasks", open);
			figures.add("http", "GET /api/tasks p50, " + size + " (first page of 200)", "ms", inbox.p50(),
					"GET /actuator/health p50", baseline.p50(), null, null,
					String.format(Locale.ROOT, "%.0f req/s; X-Total-Count right after %.0f ms", inbox.perSecond(),
							countLag))
				.add("http", "GET /api/tasks p99, " + size, "ms", inbox.p99(), "GET /actuator/health p99",
						baseline.p99(), null, null, null);
			// the same inbox filtered by the post's platform (one post in ten is on LinkedIn): filtered in the database
			Long linkedIn = jdbc.queryForObject("select count(*) from post_platform where platform = 'LINKEDIN'",
					Long.class);
			// bounded like the unfiltered count (InboxCounts): above 1,000 matches it may lag by a few seconds
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
				.untilAsserted(() -> assertThat(Http.CLIENT
					.send(Http.get(port, FILTERED, "compliance"), HttpResponse.BodyHandlers.ofString())
					.headers().firstValue("X-Total-Count")).hasValue(Long.toString(linkedIn)));
			Http.closedLoop(CLIENTS, 40, i -> Http.get(port, FILTERED, "compliance"));
			Http.Run filtered = Http.closedLoop(CLIENTS, REQUESTS, i -> Http.get(port, FILTERED, "compliance"));
			assertThat(filtered.errors()).as(filtered.firstError()).isZero();
			if (firstFiltered == 0) {
				firstFiltered = filtered.p50();
			}
			figures.add("http", "GET " + FILTERED + " p50, " + size + " (" + linkedIn + " match)", "ms",
					filtered.p50(), "GET /api/tasks p50, same size", inbox.p50(), null, null,
					String.format(Locale.ROOT, "%.0f req/s", filtered.perSecond()));
			if (open != OPEN_TASKS[0]) {
				double growth = filtered.p50() / firstFiltered;
				figures.add("http", "filtered inbox p50 growth, " + size + " vs 1,000", "×", growth, null, null,
						"≤ 2.0 (flat)", growth <= 2.0, String.format(Locale.ROOT,
								"p50 %.1f ms vs %.1f ms with 1,000", filtered.p50(), firstFiltered));
			}
			if (open != OPEN_TASKS[0]) {
				double growth = inbox.p50() / first;
				figures.add("http", "inbox p50 growth, " + size + " vs 1,000", "×", growth, null, null,
						"≤ 2.0 (flat)", growth <= 2.0, String.format(Locale.ROOT, "p50 %.1f ms vs %.1f ms with 1,000",
								inbox.p50(), first));
			}
		}
		figures.write();
	}

	private Http.Run health() throws InterruptedException {
		Http.Run run = Http.closedLoop(CLIENTS, REQUESTS, i -> Http.get(port, "/actuator/health", null));
		assertThat(run.errors()).as(run.firstError()).isZero();
		return run;
	}

	private void warmUp() throws InterruptedException {
		for (int round = 0; round < 3; round++) {
			Http.closedLoop(CLIENTS, 100, i -> Http.get(port, "/actuator/health", null));
			Http.closedLoop(CLIENTS, 100, i -> Http.post(port, "/api/screenings", "author", SCREENING));
			Http.closedLoop(CLIENTS, 50, i -> Http.get(port, "/api/tasks", "compliance"));
		}
	}

	/**
	 * Adds {@code count} open compliance tasks. One process instance is started through the engine at
	 * {@code Task_ComplianceReview}; its runtime rows (executions, task, candidate-group link) are then copied
	 * {@code count} times by SQL with new ids, business keys (made-up post ids), and due dates one second apart.
	 * The copies have no history, variables or timer jobs (nothing the inbox reads); the job executor is off.
	 * Starting 50 000 instances through the engine takes tens of minutes on a loaded 2-core machine.
	 */
	private void seed(int count) {
		long template = fakePostIds.incrementAndGet();
		String instance = new TransactionTemplate(transactions).execute(status -> runtimeService
			.createProcessInstanceByKey(PostApprovalProcess.PROCESS_ID)
			.businessKey(Long.toString(template))
			.setVariable(Var.POST_ID, template)
			.setVariable(Var.AUTHOR, "seed")
			.startBeforeActivity(PostApprovalProcess.TASK_COMPLIANCE_REVIEW)
			.execute()
			.getId());
		String task = jdbc.queryForObject("select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?", String.class,
				instance);
		long base = fakePostIds.getAndAdd(count);
		for (int from = 1; from <= count - 1; from += 10_000) {
			int to = Math.min(count - 1, from + 9_999);
			String range = " from %s, SYSTEM_RANGE(" + from + ", " + to + ") R where %s";
			for (String execution : executionsParentsFirst(instance)) {
				copy("ACT_RU_EXECUTION", range, "ID_ = '" + execution + "'", base);
			}
			copy("ACT_RU_TASK", range, "ID_ = '" + task + "'", base);
			copy("ACT_RU_IDENTITYLINK", range, "TASK_ID_ = '" + task + "'", base);
			posts(base, from, to);
		}
	}

	/**
	 * A post row for each copied task's business key (post id {@code base + x}), for the inbox's post filters: on
	 * Facebook, one in ten on LinkedIn. No revision or screening: the platform filter does not read them.
	 */
	private void posts(long base, int from, int to) {
		String range = " from SYSTEM_RANGE(" + from + ", " + to + ") R";
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.update("insert into post (id, version, author, status, kind, sponsored, legal_required,"
					+ " current_revision, created_at, updated_at) select " + base + " + R.X, 0, 'seed', 'IN_REVIEW',"
					+ " 'POST', false, false, 1, current_timestamp, current_timestamp" + range);
			jdbc.update("insert into post_platform (post_id, platform) select " + base + " + R.X,"
					+ " case when mod(R.X, 10) = 0 then 'LINKEDIN' else 'FACEBOOK' end" + range);
		});
	}

	/** The instance's executions, each after its parent (the copies have foreign keys to their parents). */
	private List<String> executionsParentsFirst(String instance) {
		java.util.Map<String, String> parents = new java.util.HashMap<>();
		jdbc.query("select ID_, PARENT_ID_ from ACT_RU_EXECUTION where PROC_INST_ID_ = ?",
				(java.sql.ResultSet rs) -> {
					parents.put(rs.getString(1), rs.getString(2));
				}, instance);
		List<String> ordered = new ArrayList<>();
		while (ordered.size() < parents.size()) {
			parents.forEach((id, parent) -> {
				if (!ordered.contains(id) && (parent == null || ordered.contains(parent))) {
					ordered.add(id);
				}
			});
		}
		return ordered;
	}

	private static final java.util.Set<String> ID_COLUMNS = java.util.Set.of("ID_", "ROOT_PROC_INST_ID_",
			"PROC_INST_ID_", "PARENT_ID_", "EXECUTION_ID_", "TASK_ID_", "SUPER_EXEC_");

	private void copy(String table, String range, String where, long base) {
		List<String> columns = jdbc.query("select * from " + table + " where 1 = 0",
				(java.sql.ResultSet rs) -> {
					List<String> names = new ArrayList<>();
					for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
						names.add(rs.getMetaData().getColumnName(i).toUpperCase(Locale.ROOT));
					}
					return names;
				});
		List<String> values = new ArrayList<>();
		for (String column : columns) {
			if (ID_COLUMNS.contains(column)) {
				values.add("case when " + column + " is null then null else concat(" + column + ", '-', R.X) end");
			}
			else if (column.equals("BUSINESS_KEY_")) {
				values.add("case when " + column + " is null then null else cast(" + base + " + R.X as varchar) end");
			}
			else if (column.equals("DUE_DATE_")) {
				values.add("dateadd(SECOND, R.X, " + column + ")");
			}
			else {
				values.add(column);
			}
		}
		// in a transaction: the pool's connections do not auto-commit
		new TransactionTemplate(transactions).executeWithoutResult(status -> jdbc.update("insert into " + table + " ("
				+ String.join(", ", columns) + ") select " + String.join(", ", values)
				+ String.format(range, table, where)));
	}
}
