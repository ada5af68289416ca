package io.clearance.screening.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rough guess whether a post of the evaluation set is written in English, for the report's split by language
 * (the packs' words are mostly English; the blind rounds are not). English when at least {@link #SHARE} of its
 * words are common English function words; a post in another language with an English sentence or hashtag stays
 * "other". Not a language detector for the product: the evaluation's own bookkeeping.
 */
final class PostLanguage {

	static final double SHARE = 0.12;

	/** Frequent English words no other language of the set uses as its own ("a" is Hungarian's article too). */
	static final Set<String> ENGLISH = Set.of("the", "and", "to", "of", "our", "we", "you", "is", "for", "with", "in",
			"your", "at", "on", "are", "this", "will", "be", "it", "was", "has", "have", "from", "by", "an", "as", "or",
			"not", "if", "can", "all", "thank", "thanks", "please", "today", "who", "us");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private PostLanguage() {
	}

	static boolean english(String text) {
		Matcher words = WORD.matcher(text);
		int all = 0;
		int english = 0;
		while (words.find()) {
			all++;
			english += ENGLISH.contains(words.group().toLowerCase(Locale.ROOT)) ? 1 : 0;
		}
		return all > 0 && english >= SHARE * all;
	}
}
