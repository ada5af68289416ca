package io.clearance.publishing;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
class PublishingConfiguration {

	@Bean
	PlatformHttp platformHttp(PublishingProperties properties, Clock clock) {
		return new PlatformHttp(properties.connectTimeout(), properties.requestTimeout(), clock);
	}
}
