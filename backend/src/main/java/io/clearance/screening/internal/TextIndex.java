package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences and words of one text, computed once per screening and shared by the recognisers. All positions
 * are char indexes into the original text, which is never changed (no normalisation), so offsets stay valid for
 * emoji (surrogate pairs) and right-to-left scripts alike.
 */
final class TextIndex {

	/** A word: letters, marks and digits, with inner apostrophes and hyphens ("patient's", "94-year-old"). */
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");

	/** Words before a full stop that do not end a sentence. */
	private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "mx", "prof", "st", "jr", "sr",
			"vs", "etc", "e.g", "i.e", "inc", "ave", "blvd", "rd", "ln", "ct", "pl", "mt", "ft", "apt", "dept",
			"rev", "sen", "gov", "gen", "col", "capt", "lt", "sgt", "fr", "n", "s", "e", "w", "jan", "feb", "mar",
			"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

	/** Singular words for one patient. */
	private static final Set<String> PATIENT_WORDS = Set.of("patient", "patient's", "patient’s", "baby", "newborn",
			"infant");

	private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "his", "her", "hers");

	record Word(int start, int end, String text, String lower, int sentence) {
	}

	private final String text;
	private final int[] sentenceStarts;
	private final List<Word> words;
	private final boolean[] patientWord;
	private final boolean[] pronoun;
	private final boolean[] otherName;
	private final boolean[] staffName;

	TextIndex(String text) {
		this.text = text;
		this.sentenceStarts = sentenceStarts(text);
		this.words = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			String word = m.group();
			words.add(new Word(m.start(), m.end(), word, word.toLowerCase(Locale.ROOT), sentenceOf(m.start())));
		}
		this.patientWord = new boolean[sentenceStarts.length];
		this.pronoun = new boolean[sentenceStarts.length];
		this.otherName = new boolean[sentenceStarts.length];
		this.staffName = new boolean[sentenceStarts.length];
		for (Word word : words) {
			patientWord[word.sentence()] |= PATIENT_WORDS.contains(word.lower());
			pronoun[word.sentence()] |= PRONOUNS.contains(word.lower());
		}
	}

	String text() {
		return text;
	}

	List<Word> words() {
		return words;
	}

	int sentenceOf(int offset) {
		int i = Arrays.binarySearch(sentenceStarts, offset);
		return i >= 0 ? i : -i - 2;
	}

	int sentenceStart(int sentence) {
		return sentenceStarts[sentence];
	}

	int sentenceEnd(int sentence) {
		return sentence + 1 < sentenceStarts.length ? sentenceStarts[sentence + 1] : text.length();
	}

	/** Up to {@code max} chars of the same sentence before {@code offset}. */
	String before(int offset, int max) {
		int from = Math.max(sentenceStart(sentenceOf(offset)), offset - max);
		return text.substring(from, offset);
	}

	/** Up to {@code max} chars of the same sentence from {@code offset} on. */
	String after(int offset, int max) {
		if (offset >= text.length()) {
			return "";
		}
		int to = Math.min(sentenceEnd(sentenceOf(offset)), offset + max);
		return text.substring(offset, Math.max(offset, to));
	}

	/** Index of the first word that starts at or after {@code offset}. */
	int wordAtOrAfter(int offset) {
		int lo = 0;
		int hi = words.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (words.get(mid).start() < offset) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	/**
	 * Whether the sentence is about one person who may be a patient: it mentions a patient or a newborn, names
	 * someone who is not staff, or says he/she/his/her without naming only staff. "In memory of Dr. Lane, who
	 * passed away on February 2" is about a colleague, not a patient.
	 */
	boolean aboutAPerson(int sentence) {
		return patientWord[sentence] || otherName[sentence] || pronoun[sentence] && !staffName[sentence];
	}

	/** Called by the name recogniser, which runs before the recognisers that ask {@link #aboutAPerson}. */
	void nameSeenIn(int sentence, boolean staff) {
		if (staff) {
			staffName[sentence] = true;
		}
		else {
			otherName[sentence] = true;
		}
	}

	private static int[] sentenceStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				int j = i + 1;
				while (j < n && Character.isWhitespace(text.charAt(j))) {
					j++;
				}
				if (j < n && j > starts.get(starts.size() - 1)) {
					starts.add(j);
				}
				i = j - 1;
			}
			else if (c == '.' || c == '!' || c == '?') {
				int j = i + 1;
				while (j < n && ".!?\"'’”)]".indexOf(text.charAt(j)) >= 0) {
					j++;
				}
				if (j < n && !Character.isWhitespace(text.charAt(j))) {
					continue;
				}
				if (c == '.' && isAbbreviation(text, i)) {
					continue;
				}
				while (j < n && Character.isWhitespace(text.charAt(j))) {
					j++;
				}
				if (j < n && j > starts.get(starts.size() - 1)) {
					starts.add(j);
				}
				i = j - 1;
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The word ending at the full stop at {@code dot} is an abbreviation or an initial ("Dr.", "J."). */
	private static boolean isAbbreviation(String text, int dot) {
		int s = dot;
		while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
			s--;
		}
		String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
		if (word.isEmpty()) {
			return false;
		}
		if (word.length() == 1 && Character.isUpperCase(text.charAt(s))) {
			return true;
		}
		return ABBREVIATIONS.contains(word);
	}
}
