package io.clearance.screening.internal;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One number per word and one per word pair any {@link SignalModel} knows, shared by all models: a post's words and
 * adjacent pairs are looked up here once ({@link TextIndex#signalFeatures}), and each model then finds its features
 * by those numbers in arrays of its own, instead of every model hashing every word and pair of the post again (with
 * all packs, seven models of a few thousand features each: their own tables did not stay in the cache beside the
 * rest of a screening). Numbers are only added (a model registers its words and pairs when it is built, before any
 * post is screened with it), never reused, so a number means the same word or pair for the life of the JVM; the
 * tables hold the distinct words and pairs of every model loaded so far (a few thousand each).
 */
final class SignalTokens {

	/** A word or pair no model knows. */
	static final int UNKNOWN = -1;

	private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();

	private static int next;

	/**
	 * The pairs by {@code first << 32 | second} (the two words' numbers): open addressing with linear probing, at
	 * most half full, an empty slot holds -1. Replaced, never changed, when a model brings new pairs, so a screening
	 * reads one consistent table without a lock.
	 */
	private record Pairs(long[] keys, int[] ids, int count) {

		static final Pairs EMPTY = new Pairs(filled(16), new int[16], 0);

		private static long[] filled(int length) {
			long[] keys = new long[length];
			Arrays.fill(keys, -1);
			return keys;
		}

		int slot(long key) {
			long h = key * 0x9E3779B97F4A7C15L;
			return (int) (h >>> 32) & keys.length - 1;
		}

		int of(long key) {
			for (int slot = slot(key);; slot = slot + 1 & keys.length - 1) {
				long k = keys[slot];
				if (k == key) {
					return ids[slot];
				}
				if (k == -1) {
					return UNKNOWN;
				}
			}
		}

		/** This table with these keys added (those it lacks get the next numbers). */
		Pairs with(long[] added) {
			int length = keys.length;
			while ((count + added.length) * 2 > length) {
				length *= 2;
			}
			Pairs grown = new Pairs(filled(length), new int[length], count);
			for (int slot = 0; slot < keys.length; slot++) {
				if (keys[slot] != -1) {
					grown.put(keys[slot], ids[slot]);
				}
			}
			int n = count;
			for (long key : added) {
				if (grown.of(key) == UNKNOWN) {
					grown.put(key, n++);
				}
			}
			return new Pairs(grown.keys, grown.ids, n);
		}

		private void put(long key, int id) {
			int slot = slot(key);
			while (keys[slot] != -1) {
				slot = slot + 1 & keys.length - 1;
			}
			keys[slot] = key;
			ids[slot] = id;
		}
	}

	private static volatile Pairs pairs = Pairs.EMPTY;

	private SignalTokens() {
	}

	/** The number of this word, given it now if it has none. */
	static synchronized int register(String word) {
		Integer id = IDS.get(word);
		if (id == null) {
			id = next++;
			IDS.put(word, id);
		}
		return id;
	}

	/** How many numbers have been given: every number is below this. */
	static synchronized int count() {
		return next;
	}

	/** The number of this word, or {@link #UNKNOWN} when no model registered it. */
	static int of(String word) {
		Integer id = IDS.get(word);
		return id == null ? UNKNOWN : id;
	}

	private static long pairKey(int first, int second) {
		return (long) first << 32 | second;
	}

	/** The numbers of these pairs of word numbers ({@code firsts[i]}, {@code seconds[i]}), given now where missing. */
	static synchronized int[] registerPairs(int[] firsts, int[] seconds) {
		long[] keys = new long[firsts.length];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = pairKey(firsts[i], seconds[i]);
		}
		Pairs table = pairs.with(keys);
		pairs = table;
		int[] ids = new int[keys.length];
		for (int i = 0; i < keys.length; i++) {
			ids[i] = table.of(keys[i]);
		}
		return ids;
	}

	/** How many pair numbers have been given: every pair number is below this. */
	static int pairCount() {
		return pairs.count();
	}

	/**
	 * What every signal model reads of one post: the number of each word's {@link SignalModel#token token} (in word
	 * order), the number of the pair each word makes with the word before it in the same sentence, and every word
	 * and pair number of the post once, in order of first occurrence (a word's before the pair it ends), a word
	 * {@code w} as {@code 2w}, a pair {@code p} as {@code 2p + 1}. Worked out with the numbers given by then:
	 * {@code known} words and {@code knownPairs} pairs.
	 */
	record Post(int[] tokens, int[] pairs, int[] distinct, int known, int knownPairs) {
	}

	/** The numbers of the post's words and pairs. */
	static Post of(TextIndex index) {
		// read before the look-ups: every word and pair numbered by then is found
		int known = count();
		Pairs table = pairs;
		List<TextIndex.Word> words = index.words();
		int[] tokens = new int[words.size()];
		for (int i = 0; i < tokens.length; i++) {
			tokens[i] = of(SignalModel.token(index, words.get(i)));
		}
		int[] pairIds = new int[tokens.length];
		int[] distinct = new int[2 * tokens.length];
		int n = 0;
		long[] seenWords = new long[(known >>> 6) + 1];
		long[] seenPairs = new long[(table.count() >>> 6) + 1];
		for (int i = 0; i < tokens.length; i++) {
			int token = tokens[i];
			// a word numbered after `known` was read (another model built meanwhile) is left for a later look-up
			if (token >= known) {
				token = tokens[i] = UNKNOWN;
			}
			if (token >= 0 && mark(seenWords, token)) {
				distinct[n++] = 2 * token;
			}
			int pair = UNKNOWN;
			if (i > 0 && token >= 0 && tokens[i - 1] >= 0 && words.get(i - 1).sentence() == words.get(i).sentence()) {
				pair = table.of(pairKey(tokens[i - 1], token));
				if (pair >= 0 && mark(seenPairs, pair)) {
					distinct[n++] = 2 * pair + 1;
				}
			}
			pairIds[i] = pair;
		}
		return new Post(tokens, pairIds, Arrays.copyOf(distinct, n), known, table.count());
	}

	private static boolean mark(long[] seen, int id) {
		long bit = 1L << (id & 63);
		if ((seen[id >>> 6] & bit) != 0) {
			return false;
		}
		seen[id >>> 6] |= bit;
		return true;
	}
}
