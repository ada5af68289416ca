package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Packs do not share phrases (each pack is a plugin of its own), so a wording two packs read alike is written in both
 * packs' phrases.yaml. The copies must stay in step: a mend in one pack that the other does not get would make the
 * packs disagree about the same words (a first name greeted is PHI but not GDPR data, or the reverse).
 */
class SharedPhraseGroupsTest {

	/** Group, and the packs that each keep a copy of it. */
	private static final Map<String, List<String>> SHARED = Map.of(
			"FIRST_NAME_GREETED", List.of("hipaa-phi", "gdpr-health-data", "patient-consent"),
			"FIRST_NAME_FROM_PLACE", List.of("hipaa-phi", "gdpr-health-data"),
			"NOT_A_FIRST_NAME", List.of("hipaa-phi", "gdpr-health-data"));

	@SuppressWarnings("unchecked")
	private static List<String> patterns(String pack, String group) throws IOException {
		Map<String, Object> book = new Yaml().load(Files.readString(Fixtures.RULES.resolve(pack).resolve("phrases.yaml")));
		assertThat(book).as(pack + " has " + group).containsKey(group);
		return (List<String>) book.get(group);
	}

	@Test
	void everySharedGroupIsTheSameInEveryPackThatKeepsIt() throws IOException {
		for (Map.Entry<String, List<String>> shared : SHARED.entrySet()) {
			List<String> first = patterns(shared.getValue().get(0), shared.getKey());
			for (String pack : shared.getValue().subList(1, shared.getValue().size())) {
				assertThat(patterns(pack, shared.getKey())).as(shared.getKey() + " in " + pack).isEqualTo(first);
			}
		}
	}
}
