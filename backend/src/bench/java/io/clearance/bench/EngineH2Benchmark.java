package io.clearance.bench;

import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@link EngineThroughput} on in-memory H2 (Clearance's test set-up), against a bare engine on in-memory H2 with the
 * same database settings as Clearance's URL (e.g. {@code QUERY_CACHE_SIZE}), so that the ratio compares the engines
 * and not the databases' settings.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
class EngineH2Benchmark extends EngineThroughput {

	@Value("${spring.datasource.url}")
	String clearanceUrl;

	@Override
	String database() {
		return "H2";
	}

	@Override
	double aim() {
		return 150;
	}

	@Override
	ProcessEngineConfigurationImpl bareConfiguration() {
		int settings = clearanceUrl.indexOf(';');
		String url = "jdbc:h2:mem:bare-" + UUID.randomUUID() + (settings < 0 ? "" : clearanceUrl.substring(settings));
		System.out.println("Clearance's database: " + clearanceUrl + "\nbare engine's database: " + url);
		return standalone(url, "org.h2.Driver", "sa", "");
	}
}
