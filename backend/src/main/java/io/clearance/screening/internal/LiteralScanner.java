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
	private final int alphabet;
	/** The complete transition table: {@code delta[state * alphabet + symbol]}. */
	private final int[] delta;
	/** The ids of the literals that end in each state (its own and its suffixes'). */
	private final int[][] outputs;
	/**
	 * {@link #delta} as the scan reads it: the next state's row offset ({@code state * alphabet}) shifted left by one,
	 * the low bit set when a literal ends in that state. Most chars of a post end no literal, so the scan touches
	 * only this one array for them.
	 */
	private final int[] table;

	LiteralScanner(Collection<String> literals) {
		Map<String, Integer> byText = new LinkedHashMap<>();
		for (String literal : literals) {
			if (literal != null && !literal.isEmpty()) {
				byText.putIfAbsent(fold(literal), byText.size());
			}
		}
		this.ids = Map.copyOf(byText);
		this.lengths = new int[byText.size()];
		int symbols = 1;
		int states = 1;
		for (Map.Entry<String, Integer> e : byText.entrySet()) {
			lengths[e.getValue()] = e.getKey().length();
			states += e.getKey().length();
			for (char c : e.getKey().toCharArray()) {
				if (c < 128) {
					if (asciiSymbols[c] == 0) {
						asciiSymbols[c] = symbols++;
					}
				}
				else if (!otherSymbols.containsKey(c)) {
					otherSymbols.put(c, symbols++);
				}
			}
		}
		this.alphabet = symbols;
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
		this.delta = Arrays.copyOf(trie, used * alphabet);
		this.outputs = new int[used][];
		int[] fail = new int[used];
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
		this.table = new int[delta.length];
		for (int slot = 0; slot < delta.length; slot++) {
			int next = delta[slot];
			table[slot] = next * alphabet << 1 | (outputs[next].length > 0 ? 1 : 0);
		}
	}

	static String fold(String s) {
		char[] chars = s.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = TextIndex.fold(chars[i]);
		}
		return new String(chars);
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

	/** Where each literal starts in {@code text}: {@code hits[id]}, ascending, null where it does not occur. */
	int[][] scan(String text) {
		int[][] hits = new int[lengths.length][];
		int[] counts = new int[lengths.length];
		if (lengths.length == 0) {
			return hits;
		}
		int[] table = this.table;
		int base = 0;
		for (int i = 0, n = text.length(); i < n; i++) {
			char c = text.charAt(i);
			int sym;
			if (c < 128) {
				// ASCII folds to its lower case
				sym = asciiSymbols[c >= 'A' && c <= 'Z' ? c + 32 : c];
			}
			else {
				sym = symbol(TextIndex.fold(c));
			}
			int next = table[base + sym];
			base = next >> 1;
			if ((next & 1) == 0) {
				continue;
			}
			for (int id : outputs[base / alphabet]) {
				int[] list = hits[id];
				if (list == null) {
					list = hits[id] = new int[4];
				}
				else if (counts[id] == list.length) {
					list = hits[id] = Arrays.copyOf(list, list.length * 2);
				}
				list[counts[id]++] = i - lengths[id] + 1;
			}
		}
		for (int id = 0; id < hits.length; id++) {
			if (hits[id] != null && hits[id].length != counts[id]) {
				hits[id] = Arrays.copyOf(hits[id], counts[id]);
			}
		}
		return hits;
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
