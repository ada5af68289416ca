package io.clearance.screening.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the EU/EEA towns of {@code gazetteer/eu-eea-places.tsv} (built by {@code tools/gazetteer/eu_eea_places.py}
 * from GeoNames, CC BY 4.0) and adds them as {@link EuPlace} facts with the word before them. A name is looked up
 * from each capitalised word, over up to four words joined by single spaces or hyphens ("Lohr am Main",
 * "Cesson-Sévigné"), longest first.
 */
final class EuPlaces implements Recogniser {

	private static final int LONGEST = 4;

	/**
	 * Loaded once, on first use: about 65,000 names, and the first words of those of several words (a hyphenated
	 * name is one word of the text, "Cesson-Sévigné").
	 */
	private static final class Gazetteer {
		static final Map<String, String> COUNTRIES = load("/gazetteer/eu-eea-places.tsv");
		static final Set<String> FIRST_WORDS = firstWords(COUNTRIES.keySet());
	}

	@Override
	public void recognise(TextIndex index, List<Span> facts) {
		List<TextIndex.Word> words = index.words();
		String text = index.text();
		Map<String, String> countries = null;
		Set<String> firstWords = null;
		for (int w = 0; w < words.size(); w++) {
			TextIndex.Word first = words.get(w);
			if (!Character.isUpperCase(first.text().charAt(0)) || first.text().length() < 2) {
				continue;
			}
			if (countries == null) {
				countries = Gazetteer.COUNTRIES;
				firstWords = Gazetteer.FIRST_WORDS;
			}
			// most capitalised words start no name: one look-up each (two for a word with accents: GeoNames has some
			// towns only without them, "Silute" for "Šilutė"; ninety-first round)
			if (!firstWords.contains(first.text()) && !countries.containsKey(first.text())
					&& !countries.containsKey(withoutPossessive(first.text()))
					&& (isAscii(first.text()) || !firstWords.contains(folded(first.text()))
							&& !countries.containsKey(folded(withoutPossessive(first.text()))))) {
				continue;
			}
			int last = w;
			while (last + 1 < words.size() && last + 1 - w < LONGEST && joined(text, words.get(last), words.get(last + 1))) {
				last++;
			}
			for (int to = last; to >= w; to--) {
				TextIndex.Word end = words.get(to);
				int nameEnd = end.end();
				String name = text.substring(first.start(), nameEnd);
				String country = lookUp(countries, name);
				if (country == null && !withoutPossessive(name).equals(name)) {
					// a possessive: "the commander of Tábor's volunteer fire brigade"
					name = withoutPossessive(name);
					nameEnd = first.start() + name.length();
					country = lookUp(countries, name);
				}
				if (country != null && Character.isUpperCase(end.text().charAt(0))) {
					// "Kangasniemi's own Aino Hyvärinen" is Aino from Kangasniemi (sixtieth round)
					String preposition = text.startsWith(" own ", end.end()) && nameEnd < end.end() ? "from"
							: preposition(text, words, w);
					facts.add(new EuPlace(first.start(), nameEnd, name, first.sentence(), country, preposition,
							startsAnOrganisation(text, words, to) || endsAnOrganisation(text, words, w)));
					w = to;
					break;
				}
			}
		}
	}

	/** Whether the whole name is a town of the gazetteer ("Castelfranco Veneto"). */
	static boolean isTown(String name) {
		return lookUp(Gazetteer.COUNTRIES, name) != null;
	}

	/** The town's country, by its name as written or, when it has accents, without them; null when it is none. */
	private static String lookUp(Map<String, String> countries, String name) {
		String country = countries.get(name);
		if (country != null || isAscii(name)) {
			return country;
		}
		country = countries.get(folded(name));
		// a macron ("Rann Sevā Hospital", a Gujarati word; hundred-and-ninth round) is written only in Latvian and
		// Lithuanian among the EU/EEA's languages: a town of another country is not the word folded
		return country != null && hasMacron(name) && !MACRON_COUNTRIES.contains(country) ? null : country;
	}

	/** The EU/EEA countries whose languages write a macron (Latvian ā ē ī ū, Lithuanian ū). */
	private static final Set<String> MACRON_COUNTRIES = Set.of("LV", "LT");

	private static boolean hasMacron(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD).indexOf('\u0304') >= 0;
	}

	private static boolean isAscii(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (word.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/** The name without accents and with the letters that have no decomposition spelled out ("Šilutė": "Silute"). */
	static String folded(String name) {
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			switch (c) {
				case 'ł' -> out.append('l');
				case 'Ł' -> out.append('L');
				case 'ø' -> out.append('o');
				case 'Ø' -> out.append('O');
				case 'đ' -> out.append('d');
				case 'Đ' -> out.append('D');
				case 'ß' -> out.append("ss");
				case 'æ' -> out.append("ae");
				case 'Æ' -> out.append("Ae");
				case 'ı' -> out.append('i');
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * The simpler Latin spelling of a Greek town's name that English posts use ("Palaiochora" is written "Paleochora",
	 * "Anogeia" "Anogia"; ninety-first round): "ai" as "e", "ei" and "oi" as "i", and the older "dh" for delta as "d"
	 * (GeoNames has "Nea Moudhania", a post "Nea Moudania"; ninety-sixth round); null when the name has none of them.
	 */
	static String otherGreekSpelling(String name) {
		String simple = name.replace("ai", "e").replace("ei", "i").replace("oi", "i").replace("dh", "d").replace("Dh", "D");
		return simple.equals(name) ? null : simple;
	}

	private static String withoutPossessive(String word) {
		return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
	}

	private static boolean joined(String text, TextIndex.Word left, TextIndex.Word right) {
		if (right.start() - left.end() != 1 || left.sentence() != right.sentence()) {
			return false;
		}
		char between = text.charAt(left.end());
		return between == ' ' || between == '-';
	}

	/**
	 * The town starts an organisation's name: up to four capitalised words after it, joined by spaces, end in an
	 * organisation's head word ("Sigulda Regional Hospital", "Marbella Coast International Clinic").
	 */
	private static boolean startsAnOrganisation(String text, List<TextIndex.Word> words, int last) {
		for (int w = last + 1; w < words.size() && w <= last + 4; w++) {
			TextIndex.Word word = words.get(w);
			TextIndex.Word before = words.get(w - 1);
			if (word.sentence() != before.sentence() || !text.substring(before.end(), word.start()).equals(" ")
					|| !Character.isUpperCase(word.text().charAt(0))) {
				return false;
			}
			if (HEAD_WORDS.contains(word.text())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The town ends an organisation's name: an organisation's head word right before it, joined by a space
	 * ("Upstalsboom Hospital Aurich", "Weinviertel Clinic Hollabrunn"; eightieth round).
	 */
	private static boolean endsAnOrganisation(String text, List<TextIndex.Word> words, int first) {
		if (first == 0) {
			return false;
		}
		TextIndex.Word before = words.get(first - 1);
		return before.sentence() == words.get(first).sentence()
				&& text.substring(before.end(), words.get(first).start()).equals(" ") && HEAD_WORDS.contains(before.text());
	}

	private static final Set<String> HEAD_WORDS = Set.copyOf(OrganisationNames.HEAD_WORDS);

	/**
	 * The word before, lower case, if only spaces come between; "," if a comma and spaces do; "#" for a hashtag
	 * ("#Ballinasloe"); else "". The town that ends an organisation's name takes the word before the name ("at
	 * Drauklinik Villach" is "at"): up to four capitalised words are passed over.
	 */
	private static String preposition(String text, List<TextIndex.Word> words, int w) {
		TextIndex.Word word = words.get(w);
		if (word.start() > 0 && text.charAt(word.start() - 1) == '#') {
			return "#";
		}
		int at = w;
		for (int passed = 0; passed <= 4 && at > 0; passed++) {
			TextIndex.Word before = words.get(at - 1);
			TextIndex.Word after = words.get(at);
			if (before.sentence() != after.sentence()) {
				return "";
			}
			String gap = text.substring(before.end(), after.start());
			if (!gap.isBlank()) {
				return passed == 0 && gap.strip().equals(",") ? "," : "";
			}
			// "Our Brežice pharmacy" at a sentence's start: "our" even with its capital (forty-fifth round)
			if (passed == 0 && before.lower().equals("our")) {
				return "our";
			}
			if (!Character.isUpperCase(before.text().charAt(0))) {
				return passed == 0 || PREPOSITIONS_BEFORE_A_NAME.contains(before.lower()) ? before.lower() : "";
			}
			at--;
		}
		return "";
	}

	/** The words that may stand before an organisation's name ending in a town: "at Drauklinik Villach". */
	private static final Set<String> PREPOSITIONS_BEFORE_A_NAME = Set.of("at", "in", "from", "near");

	private static Set<String> firstWords(Set<String> names) {
		Set<String> firsts = new HashSet<>();
		for (String name : names) {
			for (int i = 0; i < name.length(); i++) {
				char c = name.charAt(i);
				if (c == ' ') {
					firsts.add(name.substring(0, i));
					break;
				}
			}
		}
		return Set.copyOf(firsts);
	}

	/**
	 * The name with Romanian s and t swapped between comma below (ș, ț) and cedilla (ş, ţ), or null when it has
	 * neither.
	 */
	static String otherRomanianForm(String name) {
		StringBuilder other = null;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			char swapped = switch (c) {
				case '\u0219' -> '\u015F'; // ș -> ş
				case '\u015F' -> '\u0219';
				case '\u021B' -> '\u0163'; // ț -> ţ
				case '\u0163' -> '\u021B';
				case '\u0218' -> '\u015E'; // Ș -> Ş
				case '\u015E' -> '\u0218';
				case '\u021A' -> '\u0162'; // Ț -> Ţ
				case '\u0162' -> '\u021A';
				default -> c;
			};
			if (swapped != c) {
				if (other == null) {
					other = new StringBuilder(name);
				}
				other.setCharAt(i, swapped);
			}
		}
		return other == null ? null : other.toString();
	}

	private static Map<String, String> load(String resource) {
		try (InputStream in = EuPlaces.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing " + resource);
			}
			Map<String, String> countries = new HashMap<>(100_000);
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int tab = line.indexOf('\t');
				if (tab > 0) {
					String name = line.substring(0, tab);
					String country = line.substring(tab + 1).intern();
					countries.put(name, country);
					// Romanian s and t with a comma below are written with a cedilla as often (GeoNames has
					// "Sebeş", a post "Sebeș"; seventy-seventh round): the town is known by both
					String other = otherRomanianForm(name);
					if (other != null) {
						countries.putIfAbsent(other, country);
					}
					String greek = country.equals("GR") || country.equals("CY") ? otherGreekSpelling(name) : null;
					if (greek != null) {
						countries.putIfAbsent(greek, country);
					}
				}
			}
			return Map.copyOf(countries);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
