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
		int used = 1;
		for (Map.Entry<String, Integer> e : byText.entrySet()) {
			int state = 0;
			for (char c : e.getKey().toCharArray()) {
				int slot = state * alphabet + symbol(c);
				if (trie[slot] < 0) {
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
		for (int state = 0; state < used; state++) {
			failRank[rank[state]] = rank[fail[state]];
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
		Hits found = hits(text);
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

	/** Every start of every literal in {@code text} (the chars are not changed), as {@link Hits}. */
	Hits hits(char[] text) {
		long[] present = new long[(lengths.length >>> 6) + 1];
		// every hit as (id, start) in text order
		int[] found = new int[256];
		int size = 0;
		if (lengths.length > 0) {
			char[] table = this.table;
			int[] wideTable = this.wideTable;
			int[] outputStart = this.outputStart;
			int[] outputs = this.outputs;
			int[] asciiSymbols = this.asciiSymbols;
			int dense = this.dense;
			int base = 0;
			for (int i = 0; i < text.length; i++) {
				char c = text[i];
				int sym;
				if (c < 128) {
					// ASCII folds to its lower case
					sym = asciiSymbols[c >= 'A' && c <= 'Z' ? c + 32 : c];
				}
				else {
					// symbol(TextIndex.fold(c)), without folding
					int at = Arrays.binarySearch(nonAsciiChars, c);
					sym = at >= 0 ? nonAsciiSymbols[at] : 0;
				}
				int next = sym >= dense ? nonAsciiStep(base / dense, sym)
						: table != null ? table[base + sym] : wideTable[base + sym];
				int state = next >> 1;
				base = state * dense;
				if ((next & 1) == 0) {
					continue;
				}
				int from = outputStart[state];
				int to = outputStart[state + 1];
				if (size + (to - from) > found.length) {
					found = Arrays.copyOf(found, Math.max(found.length * 2, size + (to - from)));
				}
				for (int k = from; k < to; k += 2) {
					int id = outputs[k];
					int lengthAndFlag = outputs[k + 1];
					int start = i - (lengthAndFlag >> 1) + 1;
					if ((lengthAndFlag & 1) != 0 && start > 0 && isAsciiWordCharOrUnderscore(text[start - 1])) {
						continue;
					}
					found[size++] = id;
					found[size++] = start;
					present[id >>> 6] |= 1L << id;
				}
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
		for (int k = 0; k < size; k += 2) {
			counts[hits.index(found[k])]++;
		}
		Arrays.fill(hits.lastAfterNonWordChar, -1);
		for (int k = 0; k < size; k += 2) {
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
		return hits;
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
