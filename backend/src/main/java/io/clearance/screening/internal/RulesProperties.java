package io.clearance.screening.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the rule packs are and how they are watched.
 *
 * @param dir the rules folder, one sub-folder per pack, relative to the working directory; when it does not exist
 * the packs bundled in the jar ({@code classpath:rules/}) are used and nothing is watched. Bound as a string on
 * purpose: Spring's String-to-Path conversion resolves a relative path against the classpath first, so "rules"
 * would silently become the copy inside the jar (or {@code target/classes/rules}) instead of the working folder.
 * @param pollInterval how often the folder is checked for changes; a change is loaded once it has stayed the same
 * for one interval (so a half-saved file is not compiled); zero or negative turns watching off
 * @param phoneRegion the ISO 3166 region phone numbers without a country code are read in (and allow-listed
 * numbers parsed in)
 */
@ConfigurationProperties("clearance.rules")
record RulesProperties(@DefaultValue("rules") String dir, @DefaultValue("2s") Duration pollInterval,
		@DefaultValue("US") String phoneRegion) {

	RulesProperties {
		dir = dir == null || dir.isBlank() ? "rules" : dir;
		pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
		phoneRegion = phoneRegion == null || phoneRegion.isBlank() ? "US" : phoneRegion;
	}

	/** The rules folder, relative to the working directory unless absolute. */
	Path path() {
		return Path.of(dir);
	}
}
