package io.clearance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearance.posts.Decision;
import io.clearance.posts.PostFixtures;
import io.clearance.posts.PostService;
import io.clearance.posts.PostStatus;
import io.clearance.review.ReviewService;
import io.clearance.review.process.PostApprovalProcess;
import io.clearance.review.process.PostApprovalProcess.Var;
import io.clearance.security.Caller;
import io.clearance.security.Groups;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Posts per second through the whole post approval process (submit, screening, compliance approval, the
 * scheduled-time timer, the freeze check, publication to two platforms on the sandbox publisher, PUBLISHED), driven
 * in the same JVM by {@link #THREADS} threads through the services (no HTTP), with the job executor off so the
 * driver runs each due job itself. Baseline, interleaved in the same run: the same BPMN on a bare Camunda engine
 * (standalone configuration on the same kind of database, full history, the same id generator) whose delegates do
 * nothing but set the variables the gateways read. Subclasses choose the database.
 */
abstract class EngineThroughput {

	static final int THREADS = 2;

	static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.engine.warmup", 8));

	static final Duration ROUND = Duration.ofSeconds(Long.getLong("bench.engine.round", 12));

	static final int ROUNDS = Integer.getInteger("bench.engine.rounds", 2);

	static final Caller COMPLIANCE = new Caller("compliance", Set.of(Groups.COMPLIANCE));

	@Autowired
	PostService posts;

	@Autowired
	ReviewService review;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	/** The database's name in the figures. */
	abstract String database();

	/** The aim of the issue for this database, posts per second. */
	abstract double aim();

	/** A standalone engine configuration on a fresh database of the same kind. */
	abstract ProcessEngineConfigurationImpl bareConfiguration();

	/** Drops what {@link #bareConfiguration()} created. */
	void dropBare() {
	}

	/**
	 * Diagnostic ({@code -Dbench.engine.server=true}, PostgreSQL only): the database server's counters of the side's
	 * database (commits, rollbacks, time spent executing statements ...), read before and after each timed part.
	 */
	static final boolean SERVER_STATS = Boolean.getBoolean("bench.engine.server");

	/** The server's counters of Clearance's ({@code bare} false) or the bare engine's database; empty if none. */
	Map<String, Double> serverCounters(boolean bare) {
		return Map.of();
	}

	private final Map<String, Double> clearanceServer = new java.util.TreeMap<>();

	private final Map<String, Double> bareServer = new java.util.TreeMap<>();

	/**
	 * Runs a timed part, adding its duration to {@code nanos} and (diagnostic) the change of the server's counters of
	 * its database to {@code sums}.
	 */
	private long runCounted(Driver driver, boolean bare, Histogram latency, AtomicLong cpu, AtomicLong nanos,
			Map<String, Double> sums) throws InterruptedException {
		if (SERVER_STATS) {
			// a server process reports its counters at most once a second while busy and 10 s after it went idle
			Thread.sleep(11_000);
		}
		Map<String, Double> before = SERVER_STATS ? serverCounters(bare) : Map.of();
		long start = System.nanoTime();
		long count = run(driver, ROUND, latency, cpu);
		nanos.addAndGet(System.nanoTime() - start);
		if (!SERVER_STATS) {
			return count;
		}
		Thread.sleep(11_000);
		Map<String, Double> after = serverCounters(bare);
		after.forEach((k, v) -> sums.merge(k, v - before.getOrDefault(k, 0.0), Double::sum));
		sums.merge("posts", (double) count, Double::sum);
		return count;
	}

	private static void printServer(String title, Map<String, Double> sums) {
		if (sums.size() <= 1) {
			return;
		}
		double posts = sums.get("posts");
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
				"%n=== %s: database server per post (%.0f posts; wal_* are the whole server's)%n", title, posts));
		sums.forEach((k, v) -> out.append(String.format(Locale.ROOT, "%10.3f  %s%n", v / posts, k)));
		System.out.print(out);
	}

	@Test
	void postsPerSecondThroughTheWholeApprovalProcess() throws Exception {
		ProcessEngine bare = bareEngine();
		try {
			Driver clearance = this::clearancePost;
			Driver baseline = () -> barePost(bare);
			run(clearance, WARM_UP, null, new AtomicLong());
			verifyPublished();
			run(baseline, WARM_UP, null, new AtomicLong());
			if (Boolean.getBoolean("bench.engine.sql") && "H2".equals(database())) {
				statementsPerPost(clearance, baseline, bare);
				verifyPublished();
			}
			Histogram clearanceLatency = Figures.micros();
			Histogram bareLatency = Figures.micros();
			long clearanceCount = 0, bareCount = 0;
			AtomicLong clearanceTime = new AtomicLong(), bareTime = new AtomicLong();
			AtomicLong clearanceCpu = new AtomicLong(), bareCpu = new AtomicLong();
			CLEARANCE_PHASES.reset();
			BARE_PHASES.reset();
			for (int round = 0; round < ROUNDS; round++) {
				clearanceCount += runCounted(clearance, false, clearanceLatency, clearanceCpu, clearanceTime,
						clearanceServer);
				verifyPublished();
				bareCount += runCounted(baseline, true, bareLatency, bareCpu, bareTime, bareServer);
			}
			long clearanceNanos = clearanceTime.get(), bareNanos = bareTime.get();
			printServer("Clearance", clearanceServer);
			printServer("bare", bareServer);
			CLEARANCE_PHASES.print("Clearance");
			BARE_PHASES.print("bare");
			double clearanceRate = clearanceCount / (clearanceNanos / 1e9);
			double bareRate = bareCount / (bareNanos / 1e9);
			double clearanceCpuMs = clearanceCpu.get() / 1e6 / clearanceCount;
			double bareCpuMs = bareCpu.get() / 1e6 / bareCount;
			String db = database();
			String bareName = "bare Camunda engine, same BPMN, no-op delegates (" + db + ")";
			Figures.part("engine-" + db.toLowerCase(Locale.ROOT))
				.add("engine", "Clearance posts/s through the whole process (" + db + ", " + THREADS + " threads)",
						"posts/s", clearanceRate, bareName, bareRate,
						String.format(Locale.ROOT, "≥ %.0f posts/s", aim()), clearanceRate >= aim(),
						clearanceCount + " posts in " + Math.round(clearanceNanos / 1e9) + " s, " + bareCount
								+ " bare instances in " + Math.round(bareNanos / 1e9) + " s")
				.add("engine", "Clearance / bare engine, posts/s (" + db + ")", "×", clearanceRate / bareRate, null,
						null, "≥ 0.7", clearanceRate / bareRate >= 0.7, null)
				.add("engine", "CPU of the driver threads per post (" + db + ")", "ms", clearanceCpuMs, bareName,
						bareCpuMs, null, null, "thread CPU time, less sensitive to the machine's load than posts/s"
								+ ("H2".equals(db) ? "; in-memory H2 runs in these threads" : "; without the database server's"))
				.add("engine", "one post through the process, p50 (" + db + ")", "ms", Figures.ms(clearanceLatency, 50),
						bareName, Figures.ms(bareLatency, 50), null, null, "per post, under " + THREADS + " threads")
				.add("engine", "one post through the process, p99 (" + db + ")", "ms", Figures.ms(clearanceLatency, 99),
						bareName, Figures.ms(bareLatency, 99), null, null, null)
				.write();
		}
		finally {
			bare.close();
			dropBare();
		}
	}

	/** The data source of Clearance's engine and JPA. */
	@Autowired
	javax.sql.DataSource dataSource;

	/**
	 * Diagnostic ({@code -Dbench.engine.sql=true}, H2 only): the SQL statements one post costs, from H2's query
	 * statistics over {@link #SQL_POSTS} posts on one thread, Clearance then the bare engine.
	 */
	static final int SQL_POSTS = 50;

	private void statementsPerPost(Driver clearance, Driver baseline, ProcessEngine bare) throws Exception {
		javax.sql.DataSource bareSource = ((ProcessEngineConfigurationImpl) bare.getProcessEngineConfiguration())
			.getDataSource();
		for (Object[] side : new Object[][] { { "Clearance", clearance, dataSource }, { "bare", baseline, bareSource } }) {
			javax.sql.DataSource source = (javax.sql.DataSource) side[2];
			try (java.sql.Connection c = source.getConnection(); java.sql.Statement st = c.createStatement()) {
				st.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
				st.execute("SET QUERY_STATISTICS FALSE");
				st.execute("SET QUERY_STATISTICS TRUE");
			}
			for (int i = 0; i < SQL_POSTS; i++) {
				((Driver) side[1]).onePost();
			}
			try (java.sql.Connection c = source.getConnection(); java.sql.Statement st = c.createStatement()) {
				java.sql.ResultSet rs = st.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME"
						+ " FROM INFORMATION_SCHEMA.QUERY_STATISTICS ORDER BY EXECUTION_COUNT DESC");
				long total = 0;
				StringBuilder out = new StringBuilder();
				while (rs.next()) {
					long count = rs.getLong(2);
					total += count;
					String sql = rs.getString(1).replaceAll("\\s+", " ");
					out.append(String.format(Locale.ROOT, "%6.2f  %8.1f ms  %s%n", count / (double) SQL_POSTS,
							rs.getDouble(3), sql.length() > 160 ? sql.substring(0, 160) : sql));
				}
				System.out.printf(Locale.ROOT, "%n=== %s: %.1f statements per post%n%s", side[0],
						total / (double) SQL_POSTS, out);
				st.execute("SET QUERY_STATISTICS FALSE");
			}
		}
	}

	@FunctionalInterface
	interface Driver {

		void onePost() throws Exception;
	}

	/**
	 * Runs the driver on {@link #THREADS} threads for the duration; returns the posts completed and adds the threads'
	 * CPU time (nanoseconds) to {@code cpu}.
	 */
	private static long run(Driver driver, Duration duration, Histogram latency, AtomicLong cpu)
			throws InterruptedException {
		AtomicInteger done = new AtomicInteger();
		List<Throwable> errors = new ArrayList<>();
		long deadline = System.nanoTime() + duration.toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			Thread thread = new Thread(() -> {
				long cpuStart = THREAD_CPU.getCurrentThreadCpuTime();
				try {
					drive(driver, deadline, latency, done, errors);
				}
				finally {
					cpu.addAndGet(THREAD_CPU.getCurrentThreadCpuTime() - cpuStart);
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		if (!errors.isEmpty()) {
			throw new AssertionError("The driver failed", errors.get(0));
		}
		return done.get();
	}

	private static final java.lang.management.ThreadMXBean THREAD_CPU = java.lang.management.ManagementFactory
		.getThreadMXBean();

	/** One driver thread's loop: posts until the deadline or the first error. */
	private static void drive(Driver driver, long deadline, Histogram latency, AtomicInteger done,
			List<Throwable> errors) {
		while (System.nanoTime() < deadline) {
			long start = System.nanoTime();
			try {
				driver.onePost();
			}
			catch (Throwable e) {
				synchronized (errors) {
					errors.add(e);
				}
				return;
			}
			if (latency != null) {
				synchronized (latency) {
					latency.recordValue((System.nanoTime() - start) / 1000);
				}
			}
			done.incrementAndGet();
		}
	}

	/** One ordinary post from creation to PUBLISHED through Clearance's services. */
	private void clearancePost() {
		CLEARANCE_PHASES.start();
		long id = posts.create("author", PostFixtures.aHarmlessEvent()).id();
		CLEARANCE_PHASES.step("create");
		posts.submit(id, "author");
		CLEARANCE_PHASES.step("submit (start, screening)");
		Task task = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
			.taskDefinitionKey(PostApprovalProcess.TASK_COMPLIANCE_REVIEW).singleResult();
		CLEARANCE_PHASES.step("task query");
		review.decide(task.getId(), COMPLIANCE, Decision.APPROVE, null, false);
		CLEARANCE_PHASES.step("decide (claim, complete, approve)");
		runDueJobs(managementService, task.getProcessInstanceId(), CLEARANCE_PHASES);
		// the same check per post as the baseline's (its process ended); that each post is PUBLISHED is checked
		// after the round, outside the timed part (see verifyPublished)
		if (runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).count() != 0) {
			throw new IllegalStateException("the process of post " + id + " did not end");
		}
		CLEARANCE_PHASES.step("ended? query");
		driven.add(id);
	}

	static final Phases CLEARANCE_PHASES = new Phases();

	static final Phases BARE_PHASES = new Phases();

	/**
	 * Diagnostic ({@code -Dbench.engine.phases=true}): the driver thread's CPU time per step of a post (each
	 * transaction of the driver), summed over the timed rounds and printed at the end.
	 */
	static final class Phases {

		static final boolean ON = Boolean.getBoolean("bench.engine.phases");

		private final Map<String, java.util.concurrent.atomic.LongAdder[]> steps = java.util.Collections
			.synchronizedMap(new java.util.LinkedHashMap<>());

		private final ThreadLocal<long[]> last = ThreadLocal.withInitial(() -> new long[1]);

		void start() {
			if (ON) {
				last.get()[0] = THREAD_CPU.getCurrentThreadCpuTime();
			}
		}

		void step(String name) {
			if (!ON) {
				return;
			}
			long now = THREAD_CPU.getCurrentThreadCpuTime();
			var sums = steps.computeIfAbsent(name, k -> new java.util.concurrent.atomic.LongAdder[] {
					new java.util.concurrent.atomic.LongAdder(), new java.util.concurrent.atomic.LongAdder() });
			sums[0].add(now - last.get()[0]);
			sums[1].increment();
			last.get()[0] = now;
		}

		void reset() {
			steps.clear();
		}

		void print(String title) {
			if (!ON || steps.isEmpty()) {
				return;
			}
			long posts = steps.values().iterator().next()[1].sum();
			StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n=== %s: CPU per post by step (%d posts)%n",
					title, posts));
			double total = 0;
			synchronized (steps) {
				for (var e : steps.entrySet()) {
					double ms = e.getValue()[0].sum() / 1e6 / posts;
					total += ms;
					out.append(String.format(Locale.ROOT, "%8.2f ms  %5.2f x  %s%n", ms,
							e.getValue()[1].sum() / (double) posts, e.getKey()));
				}
			}
			System.out.print(out.append(String.format(Locale.ROOT, "%8.2f ms  total%n", total)));
		}
	}

	/** The posts {@link #clearancePost()} drove since the last {@link #verifyPublished()}. */
	private final java.util.Queue<Long> driven = new java.util.concurrent.ConcurrentLinkedQueue<>();

	/** Every post driven since the last call is PUBLISHED (one query per 500 posts, after the timed part). */
	private void verifyPublished() {
		List<Long> ids = new ArrayList<>(driven);
		driven.clear();
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + 500));
			Map<Long, io.clearance.posts.PostSummary> summaries = posts.summaries(batch);
			for (Long id : batch) {
				PostStatus status = summaries.get(id).status();
				if (status != PostStatus.PUBLISHED) {
					throw new IllegalStateException("post " + id + " ended " + status);
				}
			}
		}
	}

	/** The same path through the bare engine. */
	private static void barePost(ProcessEngine engine) {
		BARE_PHASES.start();
		String instance = engine.getRuntimeService().startProcessInstanceByKey(PostApprovalProcess.PROCESS_ID,
				Long.toString(System.nanoTime()), Map.of(Var.POST_ID, 1L, Var.AUTHOR, "author")).getId();
		BARE_PHASES.step("start");
		Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance)
			.taskDefinitionKey(PostApprovalProcess.TASK_COMPLIANCE_REVIEW).singleResult();
		BARE_PHASES.step("task query");
		engine.getTaskService().claim(task.getId(), COMPLIANCE.username());
		engine.getTaskService().complete(task.getId(),
				Map.of(Var.DECISION, Decision.APPROVE.name(), Var.LEGAL_REQUIRED, false));
		BARE_PHASES.step("claim, complete");
		runDueJobs(engine.getManagementService(), instance, BARE_PHASES);
		if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() != 0) {
			throw new IllegalStateException("bare instance " + instance + " did not end");
		}
		BARE_PHASES.step("ended? query");
	}

	private static void runDueJobs(ManagementService management, String instance, Phases phases) {
		for (int i = 0; i < 10; i++) {
			List<Job> jobs = management.createJobQuery().processInstanceId(instance).executable().list();
			phases.step("job query");
			if (jobs.isEmpty()) {
				return;
			}
			management.executeJob(jobs.get(0).getId());
			phases.step("job " + (i + 1));
		}
	}

	private ProcessEngine bareEngine() {
		ProcessEngineConfigurationImpl config = bareConfiguration();
		JavaDelegate nothing = execution -> {
		};
		config.setProcessEngineName("bare-" + database());
		config.setJobExecutorActivate(false);
		config.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		config.setIdGenerator(new StrongUuidGenerator());
		config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		Map<Object, Object> beans = new HashMap<>();
		beans.put("screenPostDelegate", (JavaDelegate) execution -> {
			execution.setVariable(Var.ROUTE, "PASS");
			execution.setVariable(Var.LEGAL_REQUIRED, false);
		});
		beans.put("approvePostDelegate", (JavaDelegate) execution -> {
			execution.setVariable(Var.PUBLISH_AT, new Date());
			execution.setVariable(Var.APPROVED_LATE, false);
		});
		beans.put("checkFreezeDelegate", (JavaDelegate) execution -> execution.setVariable(Var.HELD_BY, null));
		for (String name : List.of("publishPostDelegate", "escalateComplianceReviewDelegate",
				"escalateLegalSignOffDelegate", "returnToAuthorDelegate")) {
			beans.put(name, nothing);
		}
		beans.put("reviewDecisionGuard", (TaskListener) task -> {
		});
		beans.put("reviewSla", new NoSla());
		config.setBeans(beans);
		ProcessEngine engine = config.buildProcessEngine();
		engine.getRepositoryService().createDeployment().name("bare")
			.addInputStream("post-approval.bpmn",
					uncheckedOpen(Path.of("..", "processes", "post-approval.bpmn")))
			.deploy();
		return engine;
	}

	private static java.io.InputStream uncheckedOpen(Path path) {
		try {
			return java.nio.file.Files.newInputStream(path);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static StandaloneProcessEngineConfiguration standalone(String url, String driver, String user, String password) {
		StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
		config.setJdbcUrl(url);
		config.setJdbcDriver(driver);
		config.setJdbcUsername(user);
		config.setJdbcPassword(password);
		config.setJdbcMaxActiveConnections(10);
		return config;
	}

	/** The review SLA of the bare engine: due in three days, the same timer shape. */
	public static final class NoSla {

		public Date complianceDue() {
			return new Date(System.currentTimeMillis() + Duration.ofDays(3).toMillis());
		}

		public String complianceTimer() {
			return "P3D";
		}

		public Date legalDue() {
			return complianceDue();
		}

		public String legalTimer() {
			return "P3D";
		}
	}

	static void assertRan(long count) {
		assertThat(count).isPositive();
	}
}
