package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * A pack's {@code phrases.yaml}: named groups of regular expressions (case-insensitive, Java syntax). Every match
 * in the post's text becomes a {@link Phrase} fact whose {@code group} is the group's name; groups named
 * {@code MEDIA_...} are matched in each media description instead, as {@link MediaPhrase} facts. This is where a
 * rule owner keeps the words a rule looks for, so changing a word list needs no DRL change and no Java build. Keys
 * named {@code LIST_...} are named lists that several groups' patterns share ({@link #LIST_PREFIX}), not groups.
 *
 * <p>
 * With the pack's {@link PhraseDemand} ({@link #demandedBy}), a text group is looked for only when a rule that can
 * fire on the post names it: a rule's required groups first, its guards and other groups only when those occur
 * (the concept groups of common words are not matched on posts without their anchor concept). The phrases a rule
 * can see are the same either way, so the outcome is too.
 */
final class PhraseBook {

	static final String FILE = "phrases.yaml";
	static final PhraseBook EMPTY = new PhraseBook(Map.of());

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private final Map<String, List<FastPattern>> groups;

	private final boolean hasMediaGroups;

	private final PhraseDemand demand;

	/** The text groups in file order, with their patterns: what {@link #demand} is resolved against. */
	private final String[] textGroups;
	private final FastPattern[][] textPatterns;
	/** Where each text group's patterns start in the numbering of every text pattern in file order (and the end). */
	private final int[] groupStart;
	/** Text groups needed on every post, by index. */
	private final int[] always;
	/** Per conditional need: its required group sets, by index (each with at least one group of this book). */
	private final int[][][] required;
	/** Per conditional need: the groups it names, by index; null for every group. */
	private final int[][] named;

	private PhraseBook(Map<String, List<FastPattern>> groups) {
		this(groups, PhraseDemand.EVERY_GROUP);
	}

	private PhraseBook(Map<String, List<FastPattern>> groups, PhraseDemand demand) {
		this.groups = groups;
		this.hasMediaGroups = groups.keySet().stream().anyMatch(g -> g.startsWith(MEDIA_PREFIX));
		this.demand = demand;
		List<String> names = new ArrayList<>();
		groups.keySet().stream().filter(g -> !g.startsWith(MEDIA_PREFIX)).forEach(names::add);
		this.textGroups = names.toArray(String[]::new);
		this.textPatterns = new FastPattern[textGroups.length][];
		for (int i = 0; i < textGroups.length; i++) {
			textPatterns[i] = groups.get(textGroups[i]).toArray(FastPattern[]::new);
		}
		this.groupStart = new int[textGroups.length + 1];
		for (int i = 0; i < textGroups.length; i++) {
			groupStart[i + 1] = groupStart[i] + textPatterns[i].length;
		}
		this.always = indexes(demand.always(), names);
		List<int[][]> requiredSets = new ArrayList<>();
		List<int[]> namedGroups = new ArrayList<>();
		for (PhraseDemand.Need need : demand.conditional()) {
			List<int[]> sets = new ArrayList<>();
			boolean possible = true;
			for (Set<String> set : need.required()) {
				int[] indexes = indexes(set, names);
				// a required set with no group of this book can never be met: the rule never fires
				possible &= indexes.length > 0;
				sets.add(indexes);
			}
			if (possible) {
				requiredSets.add(sets.toArray(int[][]::new));
				namedGroups.add(need.everyGroup() ? null : indexes(need.groups(), names));
			}
		}
		this.required = requiredSets.toArray(int[][][]::new);
		this.named = namedGroups.toArray(int[][]::new);
	}

	private static int[] indexes(Collection<String> groups, List<String> names) {
		return groups.stream().mapToInt(names::indexOf).filter(i -> i >= 0).distinct().sorted().toArray();
	}

	/** This book, looking for a group only when the pack's rules can use it (see {@link PhraseDemand}). */
	PhraseBook demandedBy(PhraseDemand demand) {
		return new PhraseBook(groups, demand);
	}

	/** This book, looking for every group on every post (as before {@link PhraseDemand}; for comparisons). */
	PhraseBook everyGroup() {
		return demand.everyGroup() ? this : new PhraseBook(groups);
	}

	PhraseDemand demand() {
		return demand;
	}

	static PhraseBook parse(String yaml) throws PackRefusedException {
		if (yaml == null) {
			return EMPTY;
		}
		Map<String, List<String>> sources = patterns(yaml);
		if (sources == null) {
			return EMPTY;
		}
		Map<String, List<FastPattern>> groups = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> group : sources.entrySet()) {
			List<FastPattern> patterns = new ArrayList<>();
			for (int i = 0; i < group.getValue().size(); i++) {
				try {
					patterns.add(FastPattern.compile(group.getValue().get(i), FLAGS));
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

	/**
	 * The groups of a {@code phrases.yaml} in file order, each with its patterns as they are compiled: named lists
	 * put in place, the lists themselves left out. Null for an empty file.
	 */
	static Map<String, List<String>> patterns(String yaml) throws PackRefusedException {
		Map<String, List<String>> raw;
		try {
			raw = Yaml.MAPPER.readValue(yaml, new TypeReference<LinkedHashMap<String, List<String>>>() {
			});
		}
		catch (Exception e) {
			throw new PackRefusedException(FILE + ": " + Yaml.problem(e));
		}
		if (raw == null) {
			return null;
		}
		Map<String, String> lists = lists(raw);
		Map<String, List<String>> groups = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> group : raw.entrySet()) {
			if (group.getKey().startsWith(LIST_PREFIX)) {
				continue;
			}
			List<String> sources = group.getValue() == null ? List.of() : group.getValue();
			List<String> patterns = new ArrayList<>(sources.size());
			for (int i = 0; i < sources.size(); i++) {
				patterns.add(expand(sources.get(i), lists, "group " + group.getKey() + ", pattern " + (i + 1)));
			}
			groups.put(group.getKey(), patterns);
		}
		return groups;
	}

	/**
	 * Keys that start with this are named lists, not groups: nothing is matched for them. A list's items are pieces of
	 * patterns, alternatives of one another; a pattern of any group writes {@code {LIST_NAME}} where one of them may
	 * stand, and the pattern is compiled with {@code (?:item1|item2|...)} in its place. So a long word list (the EU/EEA
	 * towns of gdpr-health-data) is written once and used by several groups. A list cannot refer to another list.
	 */
	static final String LIST_PREFIX = "LIST_";

	/** A reference to a named list in a pattern: {@code {LIST_NAME}}, not after a backslash. */
	private static final Pattern LIST_REFERENCE = Pattern.compile("(?<!\\\\)\\{(" + LIST_PREFIX + "\\w+)}");

	/** The named lists of the file, each as the alternation that replaces its references. */
	private static Map<String, String> lists(Map<String, List<String>> raw) throws PackRefusedException {
		Map<String, String> lists = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> list : raw.entrySet()) {
			if (!list.getKey().startsWith(LIST_PREFIX)) {
				continue;
			}
			List<String> items = list.getValue() == null ? List.of() : list.getValue();
			if (items.isEmpty()) {
				throw new PackRefusedException(FILE + ": list " + list.getKey() + " is empty");
			}
			for (int i = 0; i < items.size(); i++) {
				if (items.get(i) == null || items.get(i).isEmpty()) {
					throw new PackRefusedException(FILE + ": list " + list.getKey() + ", item " + (i + 1) + " is empty");
				}
				if (LIST_REFERENCE.matcher(items.get(i)).find()) {
					throw new PackRefusedException(FILE + ": list " + list.getKey() + ", item " + (i + 1)
							+ " refers to a list; a list cannot refer to another");
				}
			}
			lists.put(list.getKey(), "(?:" + String.join("|", items) + ")");
		}
		return lists;
	}

	/** The pattern with each list reference replaced by the list's alternation. */
	static String expand(String pattern, Map<String, String> lists, String where) throws PackRefusedException {
		if (pattern == null || pattern.indexOf('{') < 0) {
			return pattern;
		}
		Matcher m = LIST_REFERENCE.matcher(pattern);
		StringBuilder expanded = new StringBuilder();
		while (m.find()) {
			String list = lists.get(m.group(1));
			if (list == null) {
				throw new PackRefusedException(FILE + ": " + where + ": no list " + m.group(1) + " in the file");
			}
			m.appendReplacement(expanded, Matcher.quoteReplacement(list));
		}
		m.appendTail(expanded);
		return expanded.toString();
	}

	/** Groups whose name starts with this are matched in media descriptions only; all others in the text only. */
	static final String MEDIA_PREFIX = "MEDIA_";

	/**
	 * Every match of every text group the pack's rules can use on this post (every text group without a demand),
	 * each (group, start, end) once, in the order of the groups in the file; empty matches are ignored.
	 */
	List<Phrase> find(TextIndex index) {
		List<Phrase> phrases = findIfAnyRuleCanFire(index);
		return phrases == null ? List.of() : phrases;
	}

	/**
	 * {@link #find}, or null when the demand shows that no rule of the pack can fire on this post: every rule requires
	 * phrases ({@link PhraseDemand#phraseFree} is false) and none has all its required groups here. Rules cannot
	 * create phrases, so such a post fires nothing of the pack.
	 */
	List<Phrase> findIfAnyRuleCanFire(TextIndex index) {
		if (demand.everyGroup()) {
			return find(index, false);
		}
		int n = textGroups.length;
		@SuppressWarnings("unchecked")
		List<Phrase>[] found = new List[n];
		boolean[] needed = new boolean[n];
		for (int group : always) {
			needed[group] = true;
		}
		boolean every = false;
		// whether some rule can fire: one that needs no phrase, or one whose required groups all occur
		boolean fires = demand.phraseFree();
		for (int need = 0; need < required.length && !every; need++) {
			if (fires && named[need] != null && allNeeded(named[need], needed)
					|| !occurs(required[need], index, found)) {
				continue;
			}
			fires = true;
			if (named[need] == null) {
				every = true;
			}
			else {
				for (int group : named[need]) {
					needed[group] = true;
				}
			}
		}
		if (!fires) {
			return null;
		}
		List<Phrase> phrases = new ArrayList<>();
		for (int group = 0; group < n; group++) {
			if (every || needed[group]) {
				phrases.addAll(found[group] != null ? found[group] : match(group, index));
			}
		}
		return phrases;
	}

	private static boolean allNeeded(int[] groups, boolean[] needed) {
		for (int group : groups) {
			if (!needed[group]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether each required set has a group that occurs in the post; looks groups up only as far as needed: first
	 * whether the literal scan leaves each set a chance (no pattern run), then set by set.
	 */
	private boolean occurs(int[][] sets, TextIndex index, List<Phrase>[] found) {
		for (int[] set : sets) {
			boolean may = false;
			for (int i = 0; i < set.length && !may; i++) {
				int group = set[i];
				if (found[group] != null) {
					may = !found[group].isEmpty();
				}
				else if (mayMatch(group, index)) {
					may = true;
				}
				else {
					// no pattern of the group can match here: what match(group) would find, without asking again
					found[group] = List.of();
				}
			}
			if (!may) {
				return false;
			}
		}
		for (int[] set : sets) {
			boolean any = false;
			for (int i = 0; i < set.length && !any; i++) {
				int group = set[i];
				if (found[group] == null) {
					found[group] = match(group, index);
				}
				any = !found[group].isEmpty();
			}
			if (!any) {
				return false;
			}
		}
		return true;
	}

	/**
	 * What the text patterns ask of one literal scanner, in two flat arrays: per pattern (in the numbering of
	 * {@link #groupStart}) four ints in {@code at}: where its required literals' codes ({@link FastPattern#requiredCodes})
	 * start and end in {@code codes}, then where its prefix ids ({@link FastPattern#prefixIdsIn}) start and end; a start
	 * of -1 when the pattern has none the scan can answer for. Read per post instead of each pattern's own objects.
	 */
	private record Flat(LiteralScanner scanner, int[] at, int[] codes) {

		static Flat of(LiteralScanner scanner, FastPattern[][] groups, int patterns) {
			int[] at = new int[4 * patterns];
			List<int[]> parts = new ArrayList<>();
			int size = 0;
			int p = 0;
			for (FastPattern[] group : groups) {
				for (FastPattern pattern : group) {
					int[][] both = { pattern.requiredCodes(scanner), pattern.prefixIdsIn(scanner) };
					for (int k = 0; k < 2; k++) {
						if (both[k] == null) {
							at[4 * p + 2 * k] = -1;
						}
						else {
							at[4 * p + 2 * k] = size;
							size += both[k].length;
							at[4 * p + 2 * k + 1] = size;
							parts.add(both[k]);
						}
					}
					p++;
				}
			}
			int[] codes = new int[size];
			int n = 0;
			for (int[] part : parts) {
				System.arraycopy(part, 0, codes, n, part.length);
				n += part.length;
			}
			return new Flat(scanner, at, codes);
		}

		/** Where the last required literal of pattern {@code p} starts: -1 none, {@link Integer#MAX_VALUE} unknown. */
		int lastStart(int p, TextIndex index) {
			int from = at[4 * p];
			return from < 0 ? Integer.MAX_VALUE : index.lastLiteralHit(codes, from, at[4 * p + 1]);
		}

		/** Whether one of pattern {@code p}'s prefixes occurs (true when that is not known). */
		boolean anyPrefix(int p, TextIndex index) {
			int from = at[4 * p + 2];
			return from < 0 || index.anyLiteralHit(codes, from, at[4 * p + 3]);
		}
	}

	private volatile Flat flat;

	/** The {@link Flat} arrays for the scanner this text was scanned with, or null when it was not scanned. */
	private Flat flat(TextIndex index) {
		LiteralScanner scanner = index.literals();
		if (scanner == null) {
			return null;
		}
		Flat known = flat;
		if (known == null || known.scanner() != scanner) {
			known = Flat.of(scanner, textPatterns, groupStart[textGroups.length]);
			flat = known;
		}
		return known;
	}

	private boolean mayMatch(int group, TextIndex index) {
		Flat f = flat(index);
		if (f == null) {
			for (FastPattern pattern : textPatterns[group]) {
				if (pattern.mayMatch(index)) {
					return true;
				}
			}
			return false;
		}
		// FastPattern.mayMatch from the flat arrays: a required literal occurs (or none is known), and a prefix
		for (int p = groupStart[group], end = groupStart[group + 1]; p < end; p++) {
			if (f.lastStart(p, index) >= 0 && f.anyPrefix(p, index)) {
				return true;
			}
		}
		return false;
	}

	/** Every match of one text group, each (start, end) once. */
	private List<Phrase> match(int group, TextIndex index) {
		List<Phrase> phrases = new ArrayList<>();
		String text = index.text();
		String name = textGroups[group];
		Consumer<MatchResult> add = m -> {
			if (m.end() > m.start() && !contains(phrases, 0, m.start(), m.end())) {
				phrases.add(new Phrase(m.start(), m.end(), text.substring(m.start(), m.end()),
						index.sentenceOf(m.start()), name));
			}
		};
		Flat f = flat(index);
		FastPattern[] patterns = textPatterns[group];
		for (int k = 0; k < patterns.length; k++) {
			if (f == null) {
				patterns[k].forEachMatch(index, add);
			}
			else {
				int lastStart = f.lastStart(groupStart[group] + k, index);
				if (lastStart >= 0) {
					patterns[k].forEachMatch(index, lastStart, add);
				}
			}
		}
		return phrases.isEmpty() ? List.of() : phrases;
	}

	private List<Phrase> find(TextIndex index, boolean media) {
		if (groups.isEmpty()) {
			return List.of();
		}
		if (!media) {
			// the text groups in file order, each group's matches once (what the loop below does for media groups)
			List<Phrase> phrases = new ArrayList<>();
			for (int group = 0; group < textGroups.length; group++) {
				phrases.addAll(match(group, index));
			}
			return phrases;
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
		return textGroupLiterals(FastPattern::scannedLiterals);
	}

	/** Of {@link #literals}, those a pattern may need right after a word char ({@link FastPattern#literalsAnywhere}). */
	List<String> literalsAnywhere() {
		return textGroupLiterals(FastPattern::literalsAnywhere);
	}

	private List<String> textGroupLiterals(Function<FastPattern, List<String>> ofPattern) {
		List<String> literals = new ArrayList<>();
		groups.forEach((group, patterns) -> {
			if (!group.startsWith(MEDIA_PREFIX)) {
				for (FastPattern pattern : patterns) {
					literals.addAll(ofPattern.apply(pattern));
				}
			}
		});
		return literals;
	}
}
