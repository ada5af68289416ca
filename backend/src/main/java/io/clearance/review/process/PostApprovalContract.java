package io.clearance.review.process;

import io.clearance.process.ProcessContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Offers the approval process's contract to whoever checks models before they are deployed (the modeler). */
@Configuration(proxyBeanMethods = false)
class PostApprovalContract {

	@Bean
	ProcessContract postApprovalProcessContract() {
		return PostApprovalProcess.CONTRACT;
	}
}
