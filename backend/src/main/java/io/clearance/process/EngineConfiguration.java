package io.clearance.process;

import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How Clearance sets up the embedded engine. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

	@Bean
	Clock clock() {
		return new EngineClock();
	}

	@Bean
	FilterRegistrationBean<EngineAuthenticationFilter> engineRestAuthentication(IdentityService identityService) {
		FilterRegistrationBean<EngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new EngineAuthenticationFilter(identityService));
		registration.addUrlPatterns("/engine-rest/*");
		registration.setName("engineRestAuthentication");
		return registration;
	}

	/** Refusals of the engine's listeners are 403 on {@code /engine-rest}, not 500 (see {@link EngineRestRefusals}). */
	@Bean
	ResourceConfigCustomizer engineRestRefusals() {
		return config -> config.register(EngineRestRefusals.class);
	}
}
