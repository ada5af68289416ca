package io.clearance.crisis.process;

import io.clearance.process.ProcessContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Offers the crisis fast track's contract to whoever checks models before they are deployed (the modeler). */
@Configuration(proxyBeanMethods = false)
class CrisisFastTrackContract {

	@Bean
	ProcessContract crisisFastTrackProcessContract() {
		return CrisisFastTrackProcess.CONTRACT;
	}
}
