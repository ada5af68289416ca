package io.clearance.bench;

import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link EngineThroughput} on in-memory H2 (Clearance's test set-up), against a bare engine on in-memory H2. */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
class EngineH2Benchmark extends EngineThroughput {

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
		return standalone("jdbc:h2:mem:bare-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "org.h2.Driver", "sa", "");
	}
}
