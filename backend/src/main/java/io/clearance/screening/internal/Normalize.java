package io.clearance.screening.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The normal forms recognised facts and allow-list entries are compared in. */
final class Normalize {

	private static final Pattern SPACES = Pattern.compile("\\s+");
	private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{M}\\p{N}'’\\- ]");

	/** Honorifics, titles and credentials that are not part of a name. */
	static final Set<String> NAME_AFFIXES = Set.of("mr", "mrs", "ms", "mx", "miss", "dr", "doctor", "prof",
			"professor", "nurse", "md", "do", "rn", "np", "pa", "pa-c", "phd", "dnp", "bsn", "msn", "aprn", "cnm",
			"crna", "facs", "facc", "pharmd", "dpt", "lcsw", "jr", "sr");

	private static final Map<String, String> STREET_WORDS = Map.ofEntries(Map.entry("st", "street"),
			Map.entry("ave", "avenue"), Map.entry("av", "avenue"), Map.entry("rd", "road"),
			Map.entry("blvd", "boulevard"), Map.entry("ln", "lane"), Map.entry("dr", "drive"),
			Map.entry("ct", "court"), Map.entry("pl", "place"), Map.entry("ter", "terrace"),
			Map.entry("cir", "circle"), Map.entry("pkwy", "parkway"), Map.entry("hwy", "highway"),
			Map.entry("n", "north"), Map.entry("s", "south"), Map.entry("e", "east"), Map.entry("w", "west"));

	private Normalize() {
	}

	/** "Dr. Sarah  Chen, MD" → "sarah chen"; "John A. Smith" → "john a smith". */
	static String name(String name) {
		String cleaned = NOT_NAME.matcher(name.replace('’', '\'')).replaceAll(" ").toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder();
		for (String word : SPACES.split(cleaned.trim())) {
			if (word.isEmpty() || NAME_AFFIXES.contains(word)) {
				continue;
			}
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(word);
		}
		return out.toString();
	}

	/** "200 N. Oak St." → "200 north oak street". */
	static String address(String address) {
		String cleaned = address.replace(".", " ").replace(",", " ").toLowerCase(Locale.ROOT).trim();
		StringBuilder out = new StringBuilder();
		for (String word : SPACES.split(cleaned)) {
			if (word.isEmpty()) {
				continue;
			}
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(STREET_WORDS.getOrDefault(word, word));
		}
		return out.toString();
	}
}
