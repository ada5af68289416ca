package io.clearance.bench;

import io.clearance.support.TestDatabases;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link EngineThroughput} on a fresh PostgreSQL database, against a bare engine on another fresh one. */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
class EnginePostgresBenchmark extends EngineThroughput {

	private String bareDatabase;

	@org.springframework.beans.factory.annotation.Value("${spring.datasource.url}")
	private String clearanceDatabase;

	@DynamicPropertySource
	static void freshDatabase(DynamicPropertyRegistry registry) {
		String url = TestDatabases.createPostgres("clearance_bench");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> TestDatabases.dropPostgres(url)));
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", TestDatabases::user);
		registry.add("spring.datasource.password", TestDatabases::password);
		registry.add("clearance.demo.users", () -> "true");
	}

	@Override
	String database() {
		return "PostgreSQL";
	}

	@Override
	double aim() {
		return 75;
	}

	@Override
	ProcessEngineConfigurationImpl bareConfiguration() {
		bareDatabase = TestDatabases.createPostgres("clearance_bench_bare");
		return standalone(bareDatabase, "org.postgresql.Driver", TestDatabases.user(), TestDatabases.password());
	}

	@Override
	java.util.Map<String, Double> serverCounters(boolean bare) {
		String url = bare ? bareDatabase : clearanceDatabase;
		String name = url.substring(url.lastIndexOf('/') + 1);
		java.util.Map<String, Double> counters = new java.util.TreeMap<>();
		try (java.sql.Connection c = java.sql.DriverManager.getConnection(TestDatabases.server() + "postgres",
				TestDatabases.user(), TestDatabases.password());
				java.sql.PreparedStatement database = c.prepareStatement("select xact_commit, xact_rollback,"
						+ " active_time, idle_in_transaction_time, tup_returned, tup_fetched, tup_inserted,"
						+ " tup_updated, tup_deleted, blks_hit, blks_read from pg_stat_database where datname = ?");
				java.sql.Statement wal = c.createStatement()) {
			database.setString(1, name);
			try (java.sql.ResultSet rs = database.executeQuery()) {
				rs.next();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					counters.put(rs.getMetaData().getColumnName(i), rs.getDouble(i));
				}
			}
			try (java.sql.ResultSet rs = wal.executeQuery("select wal_records, wal_bytes, wal_write, wal_sync"
					+ " from pg_stat_wal")) {
				rs.next();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					counters.put(rs.getMetaData().getColumnName(i), rs.getDouble(i));
				}
			}
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
		return counters;
	}

	@Override
	void dropBare() {
		TestDatabases.dropPostgres(bareDatabase);
	}
}
