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
	void dropBare() {
		TestDatabases.dropPostgres(bareDatabase);
	}
}
