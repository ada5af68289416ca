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
 * @param verdicts whether, and where, the passes of the packs' examples are kept, so that an unchanged pack in an
 * unchanged build of the application does not run its examples again at every start ({@link ExampleVerdicts})
 */
@ConfigurationProperties("clearance.rules")
record RulesProperties(@DefaultValue("rules") String dir, @DefaultValue("2s") Duration pollInterval,
		@DefaultValue("US") String phoneRegion, @DefaultValue Verdicts verdicts) {

	RulesProperties {
		dir = dir == null || dir.isBlank() ? "rules" : dir;
		pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
		phoneRegion = phoneRegion == null || phoneRegion.isBlank() ? "US" : phoneRegion;
		verdicts = verdicts == null ? new Verdicts(true, "data") : verdicts;
	}

	/** The rules folder, relative to the working directory unless absolute. */
	Path path() {
		return Path.of(dir);
	}

	/**
	 * {@code clearance.rules.verdicts.*}.
	 *
	 * @param enabled false runs every pack's examples at every load, as when the application has no build information
	 * @param dir the folder of {@value ExampleVerdicts#FILE}, relative to the working directory unless absolute; by
	 * default {@code data}, where the embedded H2 database is kept. A string for the reason given for {@code dir}
	 * above.
	 */
	record Verdicts(@DefaultValue("true") boolean enabled, @DefaultValue("data") String dir) {

		Verdicts {
			dir = dir == null || dir.isBlank() ? "data" : dir;
		}

		/** The verdicts' file. */
		Path file() {
			return Path.of(dir).resolve(ExampleVerdicts.FILE);
		}
	}
}
