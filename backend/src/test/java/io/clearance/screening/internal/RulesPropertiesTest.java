package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Binding clearance.rules.* without an application context. */
class RulesPropertiesTest {

	private static RulesProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("clearance.rules", RulesProperties.class);
	}

	@Test
	void defaultsToTheRulesFolderPolledEveryTwoSecondsWithUsNumbersAndVerdictsKeptBesideTheDatabase() {
		RulesProperties properties = bind(Map.of());

		assertThat(properties).isEqualTo(new RulesProperties("rules", Duration.ofSeconds(2), "US",
				new RulesProperties.Verdicts(true, "data")));
		assertThat(properties.path()).isEqualTo(Path.of("rules"));
		assertThat(properties.verdicts().file()).isEqualTo(Path.of("data", "rule-pack-verdicts.txt"));
	}

	@Test
	void aRelativeFolderStaysRelativeToTheWorkingDirectoryEvenWhenTheClasspathHasOneOfThatName() {
		// target/classes/rules exists in this build: a Path-typed property would have been bound to it
		assertThat(bind(Map.of("clearance.rules.dir", "rules")).path()).isEqualTo(Path.of("rules"));
	}

	@Test
	void bindsEveryProperty() {
		assertThat(bind(Map.of("clearance.rules.dir", "/srv/rules", "clearance.rules.poll-interval", "500ms",
				"clearance.rules.phone-region", "GB", "clearance.rules.verdicts.enabled", "false",
				"clearance.rules.verdicts.dir", "/var/lib/clearance")))
			.isEqualTo(new RulesProperties("/srv/rules", Duration.ofMillis(500), "GB",
					new RulesProperties.Verdicts(false, "/var/lib/clearance")));
	}
}
