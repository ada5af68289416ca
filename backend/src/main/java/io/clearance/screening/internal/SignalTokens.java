package io.clearance.screening.internal;

import java.util.Arrays;
import java.util.List;

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

	/**
	 * The words by their text: open addressing with linear probing, at most half full; per slot four ints (the
	 * text's {@link #hash}, the word's number or -1 for an empty slot, where its chars start in {@code chars} and how
	 * many there are), so a look-up reads one slot and one run of chars instead of a map's nodes and strings.
	 * Replaced, never changed, when a model brings new words (like {@link Pairs}).
	 */
	private record Words(int[] slots, char[] chars, int charCount, int count) {

		static final Words EMPTY = new Words(emptySlots(16), new char[64], 0, 0);

		private static int[] emptySlots(int length) {
			int[] slots = new int[4 * length];
			for (int i = 1; i < slots.length; i += 4) {
				slots[i] = -1;
			}
			return slots;
		}

		int mask() {
			return slots.length / 4 - 1;
		}

		/** The number of the word {@code word}, or {@link #UNKNOWN}. */
		int of(String word) {
			int hash = hash(word);
			for (int slot = slot(hash);; slot = slot + 1 & mask()) {
				int at = 4 * slot;
				int id = slots[at + 1];
				if (id < 0) {
					return UNKNOWN;
				}
				if (slots[at] == hash && slots[at + 3] == word.length() && same(word, slots[at + 2])) {
					return id;
				}
			}
		}

		private boolean same(String word, int from) {
			for (int i = 0; i < word.length(); i++) {
				if (chars[from + i] != word.charAt(i)) {
					return false;
				}
			}
			return true;
		}

		/**
		 * The number of the word of {@code text[start, end)} in lower case, after {@code #} when {@code hashtag},
		 * for a word of ASCII chars only: the lower-casing {@link SignalModel#token} does, without a string.
		 */
		int ofAscii(char[] text, int start, int end, boolean hashtag) {
			int hash = hashtag ? '#' : 0;
			for (int i = start; i < end; i++) {
				hash = 31 * hash + lower(text[i]);
			}
			int length = end - start + (hashtag ? 1 : 0);
			for (int slot = slot(hash);; slot = slot + 1 & mask()) {
				int at = 4 * slot;
				int id = slots[at + 1];
				if (id < 0) {
					return UNKNOWN;
				}
				if (slots[at] == hash && slots[at + 3] == length && sameAscii(text, start, end, hashtag, slots[at + 2])) {
					return id;
				}
			}
		}

		private boolean sameAscii(char[] text, int start, int end, boolean hashtag, int from) {
			int k = from;
			if (hashtag && chars[k++] != '#') {
				return false;
			}
			for (int i = start; i < end; i++) {
				if (chars[k++] != lower(text[i])) {
					return false;
				}
			}
			return true;
		}

		/** This table with these words added (those it lacks get the next numbers). */
		Words with(String[] added) {
			int length = mask() + 1;
			while ((count + added.length) * 2 > length) {
				length *= 2;
			}
			int size = charCount;
			for (String word : added) {
				size += word.length();
			}
			Words grown = new Words(emptySlots(length), Arrays.copyOf(chars, Math.max(size, 1)), charCount, count);
			for (int at = 0; at < slots.length; at += 4) {
				if (slots[at + 1] >= 0) {
					grown.put(slots[at], slots[at + 1], slots[at + 2], slots[at + 3]);
				}
			}
			int n = count;
			int end = charCount;
			for (String word : added) {
				if (grown.of(word) == UNKNOWN) {
					word.getChars(0, word.length(), grown.chars, end);
					grown.put(hash(word), n++, end, word.length());
					end += word.length();
				}
			}
			return new Words(grown.slots, grown.chars, end, n);
		}

		private int slot(int hash) {
			return (hash ^ hash >>> 16) & mask();
		}

		private void put(int hash, int id, int start, int length) {
			int slot = slot(hash);
			while (slots[4 * slot + 1] >= 0) {
				slot = slot + 1 & mask();
			}
			slots[4 * slot] = hash;
			slots[4 * slot + 1] = id;
			slots[4 * slot + 2] = start;
			slots[4 * slot + 3] = length;
		}

		private static int hash(String word) {
			int hash = 0;
			for (int i = 0; i < word.length(); i++) {
				hash = 31 * hash + word.charAt(i);
			}
			return hash;
		}

		private static char lower(char c) {
			return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
		}
	}

	private static volatile Words words = Words.EMPTY;
	/**
	 * The pairs by {@code first << 32 | second} (the two words' numbers): open addressing with linear probing, at
	 * most half full; per slot two longs side by side, the key (-1 for an empty slot) and the pair's number, so a
	 * look-up reads one cache line where a key array and a number array beside it cost two (a table of ≈ 23,000
	 * pairs is ≈ 1 MB, not in the cache beside the rest of a screening: ≈ 350 look-ups per 2 KB post, each a miss;
	 * issue 10, twenty-fourth session). Replaced, never changed, when a model brings new pairs, so a screening reads
	 * one consistent table without a lock.
	 */
	private record Pairs(long[] slots, int count) {

		static final Pairs EMPTY = new Pairs(filled(16), 0);

		/** {@code length} empty slots. */
		private static long[] filled(int length) {
			long[] slots = new long[2 * length];
			for (int at = 0; at < slots.length; at += 2) {
				slots[at] = -1;
			}
			return slots;
		}

		int mask() {
			return (slots.length >>> 1) - 1;
		}

		int slot(long key) {
			long h = key * 0x9E3779B97F4A7C15L;
			return (int) (h >>> 32) & mask();
		}

		int of(long key) {
			for (int slot = slot(key);; slot = slot + 1 & mask()) {
				long k = slots[2 * slot];
				if (k == key) {
					return (int) slots[2 * slot + 1];
				}
				if (k == -1) {
					return UNKNOWN;
				}
			}
		}

		/** This table with these keys added (those it lacks get the next numbers). */
		Pairs with(long[] added) {
			int length = mask() + 1;
			while ((count + added.length) * 2 > length) {
				length *= 2;
			}
			Pairs grown = new Pairs(filled(length), count);
			for (int at = 0; at < slots.length; at += 2) {
				if (slots[at] != -1) {
					grown.put(slots[at], (int) slots[at + 1]);
				}
			}
			int n = count;
			for (long key : added) {
				if (grown.of(key) == UNKNOWN) {
					grown.put(key, n++);
				}
			}
			return new Pairs(grown.slots, n);
		}

		private void put(long key, int id) {
			int slot = slot(key);
			while (slots[2 * slot] != -1) {
				slot = slot + 1 & mask();
			}
			slots[2 * slot] = key;
			slots[2 * slot + 1] = id;
		}
	}

	private static volatile Pairs pairs = Pairs.EMPTY;

	private SignalTokens() {
	}

	/** The numbers of these words, given now where missing. */
	static synchronized int[] register(String... added) {
		Words table = words.with(added);
		words = table;
		int[] ids = new int[added.length];
		for (int i = 0; i < added.length; i++) {
			ids[i] = table.of(added[i]);
		}
		return ids;
	}

	/** How many numbers have been given: every number is below this. */
	static int count() {
		return words.count();
	}

	/** The number of this word, or {@link #UNKNOWN} when no model registered it. */
	static int of(String word) {
		return words.of(word);
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

	/** The number of the pair of word numbers ({@code first}, {@code second}), or {@link #UNKNOWN}. */
	static int pairOf(int first, int second) {
		return pairs.of(pairKey(first, second));
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
		Words vocabulary = SignalTokens.words;
		int known = vocabulary.count();
		Pairs table = pairs;
		List<TextIndex.Word> words = index.words();
		char[] text = index.chars();
		int number = vocabulary.of(SignalModel.NUMBER);
		int[] tokens = new int[words.size()];
		for (int i = 0; i < tokens.length; i++) {
			TextIndex.Word word = words.get(i);
			int start = word.start();
			int end = word.end();
			boolean ascii = true;
			boolean letter = false;
			boolean digit = false;
			for (int k = start; k < end && ascii; k++) {
				char c = text[k];
				ascii = c < 128;
				letter |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
				digit |= c >= '0' && c <= '9';
			}
			// SignalModel.token without the strings: an ASCII word is a number, or its lower case after any '#'
			tokens[i] = !ascii ? vocabulary.of(SignalModel.token(index, word))
					: digit && !letter ? number
					: vocabulary.ofAscii(text, start, end, start > 0 && text[start - 1] == '#');
		}
		int[] pairIds = new int[tokens.length];
		int[] distinct = new int[2 * tokens.length];
		int n = 0;
		long[] seenWords = new long[(known >>> 6) + 1];
		long[] seenPairs = new long[(table.count() >>> 6) + 1];
		for (int i = 0; i < tokens.length; i++) {
			int token = tokens[i];
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

	/** Sets bit {@code id} of the bit set {@code seen}; whether it was clear (the id is seen for the first time). */
	static boolean mark(long[] seen, int id) {
		long bit = 1L << (id & 63);
		if ((seen[id >>> 6] & bit) != 0) {
			return false;
		}
		seen[id >>> 6] |= bit;
		return true;
	}
}
