package io.clearance.screening.internal;

import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Wires the screening engine. The rules come from {@code clearance.rules.dir} when that folder exists (watched
 * and hot-reloaded), otherwise from the packs bundled in the jar under {@code rules/} (loaded once).
 */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ScreeningConfiguration.class);

	@Bean
	Screener screener(RulesProperties properties) {
		return new Screener(new Recognisers(properties.phoneRegion()));
	}

	@Bean
	RulePackRegistry rulePackRegistry(RulesProperties properties, Screener screener) {
		PackSources sources;
		if (Files.isDirectory(properties.path())) {
			sources = new PackSources.Directory(properties.path());
		}
		else {
			log.info("Rules folder {} does not exist; using the rule packs bundled in the jar",
					properties.path().toAbsolutePath());
			sources = new PackSources.Classpath(new PathMatchingResourcePatternResolver(), "rules");
		}
		RulePackRegistry registry = new RulePackRegistry(sources, new PackCompiler(screener),
				properties.pollInterval());
		registry.reload();
		return registry;
	}

	@Bean
	DroolsScreeningService screeningService(RulePackRegistry registry, Screener screener) {
		return new DroolsScreeningService(registry, screener);
	}
}
