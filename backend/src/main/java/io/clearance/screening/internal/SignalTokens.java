package io.clearance.screening.internal;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One number per word any {@link SignalModel} knows, shared by all models: a post's words are looked up here once
 * ({@link TextIndex#signalTokens}), and each model then finds a word's features by that number in an array of its
 * own, instead of every model hashing every word of the post again. Numbers are only added (a model registers its
 * words when it is built, before any post is screened with it), never reused, so a number means the same word for
 * the life of the JVM; the table holds the distinct words of every model loaded so far (a few thousand).
 */
final class SignalTokens {

	/** A word no model knows. */
	static final int UNKNOWN = -1;

	private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();

	private static int next;

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

	/** The numbers of the post's words (their {@link SignalModel#token tokens}), in order. */
	static int[] of(TextIndex index) {
		List<TextIndex.Word> words = index.words();
		int[] ids = new int[words.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = of(SignalModel.token(index, words.get(i)));
		}
		return ids;
	}
}
