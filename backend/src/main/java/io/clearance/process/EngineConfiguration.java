package io.clearance.process;

import io.clearance.security.Groups;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
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

	/** Members of {@code admins} are engine administrators (all authorizations, the Admin webapp). */
	@Bean
	ProcessEnginePlugin clearanceEnginePlugin() {
		return new AbstractProcessEnginePlugin() {
			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				configuration.setAdminGroups(new java.util.ArrayList<>(List.of(Groups.ADMINS)));
			}
		};
	}

	@Bean
	FilterRegistrationBean<EngineAuthenticationFilter> engineRestAuthentication(IdentityService identityService) {
		FilterRegistrationBean<EngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new EngineAuthenticationFilter(identityService));
		registration.addUrlPatterns("/engine-rest/*");
		registration.setName("engineRestAuthentication");
		return registration;
	}
}
