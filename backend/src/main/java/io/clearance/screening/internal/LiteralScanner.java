package io.clearance.screening.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Aho–Corasick automaton over the literal words that patterns start with (every pack's phrases and the
 * recognisers' patterns): a single pass over a post finds every place where any of them occurs, so a pattern is then
 * tried only where one of its own literals was seen, instead of each pattern comparing its literals at every word
 * start. Literals and text are compared in {@link TextIndex#fold} (the case fold of case-insensitive regular
 * expressions), char by char, so positions in the folded text are positions in the original. Immutable; built once
 * per set of packs.
 */
final class LiteralScanner {

	static final LiteralScanner EMPTY = new LiteralScanner(List.of());

	/** Literal (folded) to its id. */
	private final Map<String, Integer> ids;
	private final int[] lengths;
	/** Folded ASCII char to its symbol; 0 is "any char no literal contains". */
	private final int[] asciiSymbols = new int[128];
	/** Any ASCII char (not folded) to the symbol of its fold: {@link #asciiSymbols} of its lower case. */
	private final int[] asciiColumns = new int[128];
	private final Map<Character, Integer> otherSymbols = new HashMap<>();
	/**
	 * Every non-ASCII char whose fold has a symbol, ascending, and that symbol: the scan looks a non-ASCII char up
	 * here (a binary search in a short array) instead of folding it through the Character tables, which are large
	 * and cold by the time a post is scanned. Any other non-ASCII char is symbol 0.
	 */
	private final char[] nonAsciiChars;
	private final int[] nonAsciiSymbols;
	/** Symbols: 0, then the ASCII chars', then the other chars' (see {@link #dense}). */
	private final int alphabet;
	/**
	 * The symbols with a column in {@link #table}: 0 and the ASCII chars'. A non-ASCII char of a literal ("ü",
	 * "σ") would add a column to every row of the table for a char most posts do not have; its transitions are
	 * followed through the trie's own edges and the fail links instead ({@link #nonAsciiStep}).
	 */
	private final int dense;
	/** Per non-ASCII symbol ({@code symbol - dense}): the ranks of the states with a trie edge on it, ascending. */
	private final int[][] edgeFrom;
	/** The ranks those edges lead to, in the same order. */
	private final int[][] edgeTo;
	/** Per state's rank: its fail state's rank (the root's is itself). */
	private final int[] failRank;
	/** Per state's rank: its depth, the length of the literals' prefix it stands for. */
	private final int[] depth;
	/**
	 * The literals that end in each state (its own and its suffixes'), in one array: for the state's rank
	 * {@code r}, from {@code outputStart[r]} to {@code outputStart[r + 1]}, each as its id and its length shifted left
	 * by one, the low bit set when the literal counts only after a non-word char ({@link #afterNonWordCharOnly}).
	 */
	private final int[] outputStart;
	private final int[] outputs;
	/**
	 * The transition table as the scan reads it: for {@code state * dense + symbol}, the next state's
	 * number shifted left by one, the low bit set when a literal ends in that state. A {@code char} per entry (half
	 * the size of an {@code int}, while the automaton has fewer than 32,768 states; else {@link #wideTable}). Most
	 * chars of a post end no literal, so the scan touches only this one array for them. States are numbered breadth
	 * first: the rows of the short prefixes, where the scan spends most of its time, lie together at the start of the
	 * table (fewer cache lines and pages than the trie's order, which scatters them over the whole table).
	 */
	private final char[] table;
	/** The same table with an {@code int} per entry, for automata of 32,768 states or more; null otherwise. */
	private final int[] wideTable;
	/**
	 * Per literal id: whether the literal is wanted only where no ASCII letter, digit or underscore stands right
	 * before it (see {@link #LiteralScanner(Collection, Collection)}); its other starts are not recorded.
	 */
	private final boolean[] afterNonWordCharOnly;

	/** A scanner that records every start of every literal. */
	LiteralScanner(Collection<String> literals) {
		this(literals, literals);
	}

	/**
	 * A scanner for {@code literals} that records the starts right after an ASCII letter, digit or underscore only
	 * for the literals among {@code anywhere} (compared folded). Every other literal is wanted only where
	 * {@code \\b} can stand before it (each pattern that looks for it has {@code \\b} before it and an ASCII word
	 * char first, see {@link FastPattern#literalsAnywhere}): a start after a word char can be part of no match of
	 * those patterns, and a post holds many of them ("he" in "the", "in" in "pain"), each a hit to record and a
	 * position to merge and skip later.
	 */
	LiteralScanner(Collection<String> literals, Collection<String> anywhere) {
		Map<String, Integer> byText = new LinkedHashMap<>();
		for (String literal : literals) {
			if (literal != null && !literal.isEmpty()) {
				byText.putIfAbsent(fold(literal), byText.size());
			}
		}
		this.ids = Map.copyOf(byText);
		this.lengths = new int[byText.size()];
		this.afterNonWordCharOnly = new boolean[byText.size()];
		java.util.Set<String> wantedAnywhere = new java.util.HashSet<>();
		for (String literal : anywhere) {
			if (literal != null) {
				wantedAnywhere.add(fold(literal));
			}
		}
		for (Map.Entry<String, Integer> e : byText.entrySet()) {
			afterNonWordCharOnly[e.getValue()] = !wantedAnywhere.contains(e.getKey());
		}
		int symbols = 1;
		int states = 1;
		// the ASCII chars' symbols first: the table's columns
		for (Map.Entry<String, Integer> e : byText.entrySet()) {
			lengths[e.getValue()] = e.getKey().length();
			states += e.getKey().length();
			for (char c : e.getKey().toCharArray()) {
				if (c < 128 && asciiSymbols[c] == 0) {
					asciiSymbols[c] = symbols++;
				}
			}
		}
		this.dense = symbols;
		for (char c = 0; c < 128; c++) {
			asciiColumns[c] = asciiSymbols[c >= 'A' && c <= 'Z' ? c + 32 : c];
		}
		for (String literal : byText.keySet()) {
			for (char c : literal.toCharArray()) {
				if (c >= 128 && !otherSymbols.containsKey(c)) {
					otherSymbols.put(c, symbols++);
				}
			}
		}
		this.alphabet = symbols;
		// the chars that fold to another char (Kelvin sign to k, É to é) and the folded chars themselves
		java.util.TreeMap<Character, Integer> nonAscii = new java.util.TreeMap<>();
		for (char c : FoldedNonAscii.CHANGED) {
			int symbol = symbol(TextIndex.fold(c));
			if (symbol != 0) {
				nonAscii.put(c, symbol);
			}
		}
		otherSymbols.forEach((folded, symbol) -> {
			if (TextIndex.fold(folded) == folded) {
				nonAscii.put(folded, symbol);
			}
		});
		this.nonAsciiChars = new char[nonAscii.size()];
		this.nonAsciiSymbols = new int[nonAscii.size()];
		int k = 0;
		for (Map.Entry<Character, Integer> e : nonAscii.entrySet()) {
			nonAsciiChars[k] = e.getKey();
			nonAsciiSymbols[k++] = e.getValue();
		}
		int[] trie = new int[states * alphabet];
		Arrays.fill(trie, -1);
		int[][] own = new int[states][];
		int[] depths = new int[states];
		int used = 1;
		for (Map.Entry<String, Integer> e : byText.entrySet()) {
			int state = 0;
			for (char c : e.getKey().toCharArray()) {
				int slot = state * alphabet + symbol(c);
				if (trie[slot] < 0) {
					depths[used] = depths[state] + 1;
					trie[slot] = used++;
				}
				state = trie[slot];
			}
			own[state] = append(own[state], e.getValue());
		}
		// breadth first: fail links, the outputs of suffixes, and the missing transitions filled in from the fail state
		int[] delta = Arrays.copyOf(trie, used * alphabet);
		int[][] outputs = new int[used][];
		int[] fail = new int[used];
		// rank[state]: the state's number in breadth-first order (the root first)
		int[] rank = new int[used];
		int ranked = 1;
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		outputs[0] = own[0] == null ? new int[0] : own[0];
		for (int s = 0; s < alphabet; s++) {
			int next = delta[s];
			if (next < 0) {
				delta[s] = 0;
			}
			else {
				fail[next] = 0;
				queue.add(next);
			}
		}
		while (!queue.isEmpty()) {
			int state = queue.poll();
			rank[state] = ranked++;
			int[] mine = own[state] == null ? new int[0] : own[state];
			int[] inherited = outputs[fail[state]];
			outputs[state] = inherited.length == 0 ? mine : concat(mine, inherited);
			for (int s = 0; s < alphabet; s++) {
				int slot = state * alphabet + s;
				int next = delta[slot];
				if (next < 0) {
					delta[slot] = delta[fail[state] * alphabet + s];
				}
				else {
					fail[next] = delta[fail[state] * alphabet + s];
					queue.add(next);
				}
			}
		}
		this.outputStart = new int[used + 1];
		int total = 0;
		for (int state = 0; state < used; state++) {
			total += outputs[state].length;
		}
		this.outputs = new int[2 * total];
		int[] byRank = new int[used];
		for (int state = 0; state < used; state++) {
			byRank[rank[state]] = state;
		}
		int at = 0;
		for (int r = 0; r < used; r++) {
			outputStart[r] = at;
			for (int id : outputs[byRank[r]]) {
				this.outputs[at++] = id;
				this.outputs[at++] = lengths[id] << 1 | (afterNonWordCharOnly[id] ? 1 : 0);
			}
		}
		outputStart[used] = at;
		this.failRank = new int[used];
		this.depth = new int[used];
		for (int state = 0; state < used; state++) {
			failRank[rank[state]] = rank[fail[state]];
			depth[rank[state]] = depths[state];
		}
		this.edgeFrom = new int[alphabet - dense][];
		this.edgeTo = new int[alphabet - dense][];
		for (int s = dense; s < alphabet; s++) {
			java.util.TreeMap<Integer, Integer> edges = new java.util.TreeMap<>();
			for (int state = 0; state < used; state++) {
				int next = trie[state * alphabet + s];
				if (next >= 0) {
					edges.put(rank[state], rank[next]);
				}
			}
			edgeFrom[s - dense] = edges.keySet().stream().mapToInt(Integer::intValue).toArray();
			edgeTo[s - dense] = edges.values().stream().mapToInt(Integer::intValue).toArray();
		}
		boolean narrow = (used << 1 | 1) <= Character.MAX_VALUE;
		this.table = narrow ? new char[used * dense] : null;
		this.wideTable = narrow ? null : new int[used * dense];
		for (int state = 0; state < used; state++) {
			int row = rank[state] * dense;
			for (int s = 0; s < dense; s++) {
				int next = delta[state * alphabet + s];
				int entry = rank[next] << 1 | (outputs[next].length > 0 ? 1 : 0);
				if (narrow) {
					table[row + s] = (char) entry;
				}
				else {
					wideTable[row + s] = entry;
				}
			}
		}
	}

	static String fold(String s) {
		char[] chars = s.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = TextIndex.fold(chars[i]);
		}
		return new String(chars);
	}

	/** The non-ASCII chars that {@link TextIndex#fold} changes, ascending: worked out once, over all chars. */
	private static final class FoldedNonAscii {

		static final char[] CHANGED;

		static {
			StringBuilder changed = new StringBuilder();
			for (int c = 128; c <= Character.MAX_VALUE; c++) {
				if (TextIndex.fold((char) c) != c) {
					changed.append((char) c);
				}
			}
			CHANGED = changed.toString().toCharArray();
		}

		private FoldedNonAscii() {
		}
	}

	private int symbol(char folded) {
		if (folded < 128) {
			return asciiSymbols[folded];
		}
		Integer s = otherSymbols.get(folded);
		return s == null ? 0 : s;
	}

	/** The id of a literal, or -1 when this scanner does not look for it. */
	int id(String literal) {
		Integer id = ids.get(fold(literal));
		return id == null ? -1 : id;
	}

	int size() {
		return lengths.length;
	}

	/**
	 * Whether the scan leaves out the starts of literal {@code id} right after an ASCII letter, digit or underscore:
	 * a pattern that may match there must not use this scanner's hits of it.
	 */
	boolean afterNonWordCharOnly(int id) {
		return afterNonWordCharOnly[id];
	}

	/** Where each literal starts in {@code text}: {@code hits[id]}, ascending, null where it does not occur. */
	int[][] scan(String text) {
		return scan(text.toCharArray());
	}

	/** {@link #scan(String)} of the text whose chars these are (not changed). */
	int[][] scan(char[] text) {
		return scan(text, null, null);
	}

	/**
	 * {@link #scan(char[])}, also filling, per literal id, where the literal starts last ({@code last}) and where it
	 * starts last with no ASCII letter, digit or underscore right before it ({@code lastAfterNonWordChar}: where
	 * {@code \\b} could stand before a word literal); -1 where there is none. Both arrays are null or of
	 * {@link #size()}. The starts of a literal wanted only after a non-word char ({@link #afterNonWordCharOnly}) that
	 * follow an ASCII letter, digit or underscore are in none of them. What {@link #hits} gives, one entry per literal.
	 */
	int[][] scan(char[] text, int[] last, int[] lastAfterNonWordChar) {
		return scan(text, last, lastAfterNonWordChar, text.length >= PARTS * MIN_PART ? PARTS : 1);
	}

	/** {@link #scan(char[], int[], int[])} with the text walked in {@code parts} parts (see {@link #hits(char[], int)}). */
	int[][] scan(char[] text, int[] last, int[] lastAfterNonWordChar, int parts) {
		Hits found = hits(text, parts);
		int[][] hits = new int[lengths.length][];
		for (int id = 0; id < lengths.length; id++) {
			int k = found.index(id);
			hits[id] = k < 0 ? null : found.starts[k];
			if (last != null) {
				last[id] = k < 0 ? -1 : found.last[k];
				lastAfterNonWordChar[id] = k < 0 ? -1 : found.lastAfterNonWordChar[k];
			}
		}
		return hits;
	}

	/**
	 * One text's hits, kept only for the literals that occur (a post holds a few hundred of the packs' thousands):
	 * a bit per literal id says whether it occurs, and the ids that do are numbered densely in id order
	 * ({@link #index}). Looking a literal up reads one word of the bit set, a few hundred bytes for every literal,
	 * instead of an entry of each of three arrays as long as the literal list, allocated and filled per post.
	 */
	static final class Hits {

		private final long[] present;
		/** Per word of {@link #present}: how many literals of the words before it occur. */
		private final int[] rank;
		/** Per dense index: the literal's starts, ascending. */
		final int[][] starts;
		/** Per dense index: its last start, and its last start with no ASCII letter, digit or underscore before it (-1: none). */
		final int[] last;
		final int[] lastAfterNonWordChar;

		private Hits(long[] present, int[] rank, int[][] starts, int[] last, int[] lastAfterNonWordChar) {
			this.present = present;
			this.rank = rank;
			this.starts = starts;
			this.last = last;
			this.lastAfterNonWordChar = lastAfterNonWordChar;
		}

		/** Whether literal {@code id} occurs. */
		boolean occurs(int id) {
			return (present[id >>> 6] & 1L << id) != 0;
		}

		/** The dense index of literal {@code id}, or -1 when it does not occur. */
		int index(int id) {
			long word = present[id >>> 6];
			long bit = 1L << id;
			return (word & bit) == 0 ? -1 : rank[id >>> 6] + Long.bitCount(word & bit - 1);
		}
	}

	/**
	 * How many parts of a text the scan walks side by side ({@link #walkFour}): a walk's reads of the transition
	 * table depend each on the one before, and the table (≈ 1.5 MB with all packs) and the literals' output lists are
	 * no longer in the nearer caches when a post is scanned, so one walk waits for a cache miss at many chars. Walks
	 * over different parts of the text are independent: the processor fetches the rows of four of them at once.
	 */
	static final int PARTS = 4;

	/** A text shorter than this many chars per part is walked as one part. */
	static final int MIN_PART = 16;

	/** Every start of every literal in {@code text} (the chars are not changed), as {@link Hits}. */
	Hits hits(char[] text) {
		return hits(text, text.length >= PARTS * MIN_PART ? PARTS : 1);
	}

	/**
	 * {@link #hits(char[])}, the text walked in {@code parts} parts: the same hits for any number of parts. The walk of
	 * a part starts at the root at the part's first char, so it sees exactly the literals that start there or later
	 * (its state is the longest suffix of the text since then that is a prefix of a literal, and every literal ending
	 * at a char is a suffix of that state's string); it keeps those that start before the next part, and walks on
	 * past its part's end only while its state's string starts before that end: once the string starts at or after
	 * it, it never starts earlier again, so nothing more of this part can be found. Each part's hits come in text
	 * order and the parts in order, so each literal's starts stay ascending. Four parts are walked side by side
	 * ({@link #walkFour}), any other number one after the other.
	 */
	Hits hits(char[] text, int parts) {
		long[] present = new long[(lengths.length >>> 6) + 1];
		int n = text.length;
		parts = lengths.length == 0 ? 0 : Math.max(1, Math.min(parts, n));
		// per part: every hit as (id, start) in text order
		Sink[] sinks = new Sink[parts];
		for (int p = 0; p < parts; p++) {
			sinks[p] = new Sink();
		}
		if (parts == 4 && table != null && n / 4 < 1 << 16) {
			walkFour(text, sinks, present);
		}
		else {
			for (int p = 0; p < parts; p++) {
				walk(text, (int) ((long) n * p / parts), (int) ((long) n * (p + 1) / parts), 0, sinks[p], present);
			}
		}
		int[] rank = new int[present.length];
		int occurring = 0;
		for (int w = 0; w < present.length; w++) {
			rank[w] = occurring;
			occurring += Long.bitCount(present[w]);
		}
		Hits hits = new Hits(present, rank, new int[occurring][], new int[occurring], new int[occurring]);
		int[] counts = new int[occurring];
		for (Sink sink : sinks) {
			int[] found = sink.found;
			for (int k = 0; k < sink.size; k += 2) {
				counts[hits.index(found[k])]++;
			}
		}
		Arrays.fill(hits.lastAfterNonWordChar, -1);
		for (Sink sink : sinks) {
			int[] found = sink.found;
			for (int k = 0; k < sink.size; k += 2) {
				int at = hits.index(found[k]);
				int start = found[k + 1];
				int[] list = hits.starts[at];
				if (list == null) {
					list = hits.starts[at] = new int[counts[at]];
				}
				// counts[at] counts down the slots still to fill, so the list stays in text order; hits come in text
				// order, so the latest one written is the last
				list[list.length - counts[at]--] = start;
				hits.last[at] = start;
				if (start == 0 || !isAsciiWordCharOrUnderscore(text[start - 1])) {
					hits.lastAfterNonWordChar[at] = start;
				}
			}
		}
		return hits;
	}

	/**
	 * The walk of four parts, side by side over the length of the shortest: per round, the four table reads do not
	 * wait for each other. A transition into a state where literals end is noted (the state and the char's place)
	 * without a branch, and the notes are recorded after the round trip ({@link #record}): the output lists' reads
	 * then do not wait for each other either. Then each part's rest ({@link #walk}).
	 */
	private void walkFour(char[] text, Sink[] sinks, long[] present) {
		char[] table = this.table;
		int[] columns = this.asciiColumns;
		int dense = this.dense;
		int n = text.length;
		int f1 = n / 4;
		int f2 = (int) ((long) n * 2 / 4);
		int f3 = (int) ((long) n * 3 / 4);
		int together = n / 4;
		// per part, per transition into a state with literals: the char's place in the part << 15 | the state (below
		// 2^15 in a table of chars); written at every char, kept where the state has literals
		int[] notes0 = new int[together + 1];
		int[] notes1 = new int[together + 1];
		int[] notes2 = new int[together + 1];
		int[] notes3 = new int[together + 1];
		int n0 = 0;
		int n1 = 0;
		int n2 = 0;
		int n3 = 0;
		int b0 = 0;
		int b1 = 0;
		int b2 = 0;
		int b3 = 0;
		for (int k = 0; k < together; k++) {
			char c0 = text[k];
			char c1 = text[f1 + k];
			char c2 = text[f2 + k];
			char c3 = text[f3 + k];
			int e0 = c0 < 128 ? table[b0 + columns[c0]] : step(b0, c0);
			int e1 = c1 < 128 ? table[b1 + columns[c1]] : step(b1, c1);
			int e2 = c2 < 128 ? table[b2 + columns[c2]] : step(b2, c2);
			int e3 = c3 < 128 ? table[b3 + columns[c3]] : step(b3, c3);
			b0 = (e0 >> 1) * dense;
			b1 = (e1 >> 1) * dense;
			b2 = (e2 >> 1) * dense;
			b3 = (e3 >> 1) * dense;
			notes0[n0] = k << 15 | e0 >> 1;
			notes1[n1] = k << 15 | e1 >> 1;
			notes2[n2] = k << 15 | e2 >> 1;
			notes3[n3] = k << 15 | e3 >> 1;
			n0 += e0 & 1;
			n1 += e1 & 1;
			n2 += e2 & 1;
			n3 += e3 & 1;
		}
		int[][] notes = { notes0, notes1, notes2, notes3 };
		int[] noted = { n0, n1, n2, n3 };
		int[] from = { 0, f1, f2, f3, n };
		int[] state = { b0 / dense, b1 / dense, b2 / dense, b3 / dense };
		// the output lists of all noted states read first, without a branch: their lines are fetched together, and
		// the records below (whose loops branch on what they read) find them in the cache
		int[] outputStart = this.outputStart;
		int[] outputs = this.outputs;
		int touched = 0;
		for (int p = 0; p < 4; p++) {
			int[] mine = notes[p];
			for (int j = 0; j < noted[p]; j++) {
				touched += outputs[outputStart[mine[j] & 0x7FFF]];
			}
		}
		touch = touched;
		for (int p = 0; p < 4; p++) {
			int[] mine = notes[p];
			for (int j = 0; j < noted[p]; j++) {
				record(text, mine[j] & 0x7FFF, from[p] + (mine[j] >>> 15), from[p + 1], sinks[p], present);
			}
			walk(text, from[p] + together, from[p + 1], state[p], sinks[p], present);
		}
	}

	/**
	 * A part's walk from char {@code i} on, from state {@code state} (its rank): to the part's end {@code end}, then
	 * on while its state's string starts before that end.
	 */
	private void walk(char[] text, int i, int end, int state, Sink sink, long[] present) {
		for (; i < text.length; i++) {
			if (i >= end && i - depth[state] >= end) {
				break;
			}
			int next = step(state * dense, text[i]);
			state = next >> 1;
			if ((next & 1) != 0) {
				record(text, state, i, end, sink, present);
			}
		}
	}

	/** What the last scan's first reads of the output lists gave: kept, so that the reads are not left out. */
	@SuppressWarnings("unused")
	private static int touch;

	/** One part's hits as (id, start) in text order. */
	private static final class Sink {

		int[] found = new int[128];
		int size;
	}

	/** The table entry (see {@link #table}) after the char {@code c} from the state whose row starts at {@code base}. */
	private int step(int base, char c) {
		int sym;
		if (c < 128) {
			sym = asciiColumns[c];
		}
		else {
			// symbol(TextIndex.fold(c)), without folding
			int at = Arrays.binarySearch(nonAsciiChars, c);
			sym = at >= 0 ? nonAsciiSymbols[at] : 0;
		}
		return sym >= dense ? nonAsciiStep(base / dense, sym) : table != null ? table[base + sym] : wideTable[base + sym];
	}

	/**
	 * Records the literals that end in {@code state} at char {@code i} and start before {@code before} (and, for one
	 * wanted only after a non-word char, not right after an ASCII letter, digit or underscore).
	 */
	private void record(char[] text, int state, int i, int before, Sink sink, long[] present) {
		int from = outputStart[state];
		int to = outputStart[state + 1];
		int[] found = sink.found;
		int size = sink.size;
		if (size + (to - from) > found.length) {
			found = sink.found = Arrays.copyOf(found, Math.max(found.length * 2, size + (to - from)));
		}
		for (int k = from; k < to; k += 2) {
			int id = outputs[k];
			int lengthAndFlag = outputs[k + 1];
			int start = i - (lengthAndFlag >> 1) + 1;
			if (start >= before
					|| (lengthAndFlag & 1) != 0 && start > 0 && isAsciiWordCharOrUnderscore(text[start - 1])) {
				continue;
			}
			found[size++] = id;
			found[size++] = start;
			present[id >>> 6] |= 1L << id;
		}
		sink.size = size;
	}

	/**
	 * The table entry (next state's rank shifted left by one, the low bit set when a literal ends there) for a
	 * non-ASCII symbol from the state of rank {@code state}: the trie's edge on it from the state or, failing that,
	 * from its fail state, and so on up to the root (which stays put without an edge): what the full table holds.
	 */
	private int nonAsciiStep(int state, int sym) {
		int[] from = edgeFrom[sym - dense];
		int[] to = edgeTo[sym - dense];
		int next;
		while (true) {
			int at = Arrays.binarySearch(from, state);
			if (at >= 0) {
				next = to[at];
				break;
			}
			if (state == 0) {
				next = 0;
				break;
			}
			state = failRank[state];
		}
		return next << 1 | (outputStart[next + 1] > outputStart[next] ? 1 : 0);
	}

	private static boolean isAsciiWordCharOrUnderscore(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
	}

	private static int[] append(int[] list, int value) {
		if (list == null) {
			return new int[] { value };
		}
		int[] longer = Arrays.copyOf(list, list.length + 1);
		longer[list.length] = value;
		return longer;
	}

	private static int[] concat(int[] a, int[] b) {
		int[] all = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
