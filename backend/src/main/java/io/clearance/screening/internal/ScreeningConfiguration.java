package io.clearance.screening.internal;

import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
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

	/**
	 * Creates the registry as soon as the bean definitions are read, before the database, the engine and the web
	 * server are set up, so that the packs compile (in the background, see {@link RulePackRegistry}) while those
	 * start instead of after them. Only the rules' properties and the screener are created this early.
	 */
	@Bean
	static BeanFactoryPostProcessor loadRulePacksEarly() {
		return beanFactory -> beanFactory.getBean(RulePackRegistry.class);
	}

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
		// The packs compile while the rest of the application starts (one thread fewer than the machine has cores,
		// so the main thread keeps one); the registry makes screening and start-up wait for them.
		RulePackRegistry registry = new RulePackRegistry(sources, new PackCompiler(screener),
				exampleVerdicts(properties), properties.pollInterval(), Runtime.getRuntime().availableProcessors() - 1);
		registry.loadInBackground();
		return registry;
	}

	/**
	 * The kept passes of the packs' examples, valid for this build of the application (from its jar), this JVM and
	 * this phone region (the recognisers read it): a pass depends on nothing else but the pack's files. Off without a
	 * build fingerprint, so a run from a folder of classes always runs the examples.
	 */
	static ExampleVerdicts exampleVerdicts(RulesProperties properties) {
		ExampleVerdicts verdicts;
		if (!properties.verdicts().enabled()) {
			verdicts = ExampleVerdicts.off("clearance.rules.verdicts.enabled is false");
		}
		else {
			verdicts = ApplicationBuild.fingerprint(RulePackRegistry.class)
				.map(build -> ExampleVerdicts.in(properties.verdicts().file(),
						"build " + build + "\njava " + System.getProperty("java.vm.vendor") + " "
								+ System.getProperty("java.vm.version") + "\nphone-region " + properties.phoneRegion()))
				.orElseGet(() -> ExampleVerdicts.off("the application does not run from a jar with its build"
						+ " information (" + ApplicationBuild.BUILD_INFO + ")"));
		}
		log.info("Rule packs' example verdicts: {}", verdicts.isOn() ? "kept in " + verdicts.describe()
				: verdicts.describe() + "; every pack runs its examples at every load");
		return verdicts;
	}

	@Bean
	DroolsScreeningService screeningService(RulePackRegistry registry, Screener screener) {
		return new DroolsScreeningService(registry, screener);
	}
}
