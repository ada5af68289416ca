package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * A pack's {@code phrases.yaml}: named groups of regular expressions (case-insensitive, Java syntax). Every match
 * in the post's text becomes a {@link Phrase} fact whose {@code group} is the group's name; groups named
 * {@code MEDIA_...} are matched in each media description instead, as {@link MediaPhrase} facts. This is where a
 * rule owner keeps the words a rule looks for, so changing a word list needs no DRL change and no Java build.
 */
final class PhraseBook {

	static final String FILE = "phrases.yaml";
	static final PhraseBook EMPTY = new PhraseBook(Map.of());

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private final Map<String, List<FastPattern>> groups;

	private final boolean hasMediaGroups;

	private PhraseBook(Map<String, List<FastPattern>> groups) {
		this.groups = groups;
		this.hasMediaGroups = groups.keySet().stream().anyMatch(g -> g.startsWith(MEDIA_PREFIX));
	}

	static PhraseBook parse(String yaml) throws PackRefusedException {
		if (yaml == null) {
			return EMPTY;
		}
		Map<String, List<String>> raw;
		try {
			raw = Yaml.MAPPER.readValue(yaml, new TypeReference<LinkedHashMap<String, List<String>>>() {
			});
		}
		catch (Exception e) {
			throw new PackRefusedException(FILE + ": " + Yaml.problem(e));
		}
		Map<String, List<FastPattern>> groups = new LinkedHashMap<>();
		if (raw == null) {
			return EMPTY;
		}
		for (Map.Entry<String, List<String>> group : raw.entrySet()) {
			List<FastPattern> patterns = new ArrayList<>();
			List<String> sources = group.getValue() == null ? List.of() : group.getValue();
			for (int i = 0; i < sources.size(); i++) {
				try {
					patterns.add(FastPattern.compile(sources.get(i), FLAGS));
				}
				catch (PatternSyntaxException e) {
					throw new PackRefusedException(FILE + ": group " + group.getKey() + ", pattern " + (i + 1) + ": "
							+ e.getDescription() + " near index " + e.getIndex() + " in " + e.getPattern());
				}
			}
			groups.put(group.getKey(), List.copyOf(patterns));
		}
		return new PhraseBook(groups);
	}

	/** Groups whose name starts with this are matched in media descriptions only; all others in the text only. */
	static final String MEDIA_PREFIX = "MEDIA_";

	/** Every match of every text group, each (group, start, end) once; empty matches are ignored. */
	List<Phrase> find(TextIndex index) {
		return find(index, false);
	}

	private List<Phrase> find(TextIndex index, boolean media) {
		if (groups.isEmpty()) {
			return List.of();
		}
		List<Phrase> phrases = new ArrayList<>();
		String text = index.text();
		for (Map.Entry<String, List<FastPattern>> group : groups.entrySet()) {
			if (group.getKey().startsWith(MEDIA_PREFIX) != media) {
				continue;
			}
			int groupStart = phrases.size();
			for (FastPattern pattern : group.getValue()) {
				pattern.forEachMatch(index, m -> {
					if (m.end() > m.start() && !contains(phrases, groupStart, m.start(), m.end())) {
						phrases.add(new Phrase(m.start(), m.end(), text.substring(m.start(), m.end()),
								index.sentenceOf(m.start()), group.getKey()));
					}
				});
			}
		}
		return phrases;
	}

	/** Every match of every {@code MEDIA_} group in each media description, as {@link MediaPhrase} facts. */
	List<MediaPhrase> findInMedia(List<TextIndex> descriptions) {
		if (!hasMediaGroups || descriptions.isEmpty()) {
			return List.of();
		}
		List<MediaPhrase> phrases = new ArrayList<>();
		for (int media = 0; media < descriptions.size(); media++) {
			for (Phrase phrase : find(descriptions.get(media), true)) {
				phrases.add(new MediaPhrase(media, phrase.getGroup(), phrase.getStart(), phrase.getEnd(),
						phrase.getText()));
			}
		}
		return phrases;
	}

	private static boolean contains(List<Phrase> phrases, int from, int start, int end) {
		for (int i = from; i < phrases.size(); i++) {
			if (phrases.get(i).getStart() == start && phrases.get(i).getEnd() == end) {
				return true;
			}
		}
		return false;
	}

	int size() {
		return groups.size();
	}

	/**
	 * The literal words the text groups' patterns start with, and those each of their matches must contain, for the
	 * post's one literal scan.
	 */
	List<String> literals() {
		List<String> literals = new ArrayList<>();
		groups.forEach((group, patterns) -> {
			if (!group.startsWith(MEDIA_PREFIX)) {
				for (FastPattern pattern : patterns) {
					literals.addAll(pattern.scannedLiterals());
				}
			}
		});
		return literals;
	}
}
