package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Sentences and words of one text, computed once per screening and shared by the recognisers. All positions
 * are char indexes into the original text, which is never changed (no normalisation), so offsets stay valid for
 * emoji (surrogate pairs) and right-to-left scripts alike.
 */
final class TextIndex {

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
	private final char[] chars;
	private final int[] sentenceStarts;
	private final List<Word> words;
	private Buckets charPositions;
	private Buckets wordStartPositions;
	private final boolean[] patientWord;
	private final boolean[] pronoun;
	private final boolean[] otherName;
	private final boolean[] staffName;
	/** The literal scan of this text (see {@link #scanLiterals}), or null. */
	private LiteralScanner literals;
	private int[][] literalHits;

	TextIndex(String text) {
		this.text = text;
		char[] chars = text.toCharArray();
		this.sentenceStarts = sentenceStarts(text);
		this.words = new ArrayList<>();
		int n = chars.length;
		int i = 0;
		int sentence = 0;
		while (i < n) {
			char c = chars[i];
			if (c < 128 ? !isAsciiLetterOrDigit(c) : !Character.isLetterOrDigit(text.codePointAt(i))) {
				i += c < 128 ? 1 : Character.charCount(text.codePointAt(i));
				continue;
			}
			int start = i;
			while (i < n) {
				char ch = chars[i];
				if (ch < 128 && isAsciiLetterOrDigit(ch)) {
					i++;
					continue;
				}
				int cp = ch < 128 ? ch : text.codePointAt(i);
				if (cp >= 128 && (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
						|| Character.getType(cp) == Character.COMBINING_SPACING_MARK)) {
					i += Character.charCount(cp);
				}
				else if ((cp == '\'' || cp == '’' || cp == '-') && i + 1 < n
						&& Character.isLetterOrDigit(text.codePointAt(i + 1))) {
					i++;
				}
				else {
					break;
				}
			}
			String word = text.substring(start, i);
			// words come in order: the sentence index only moves forward (what sentenceOf(start) gives)
			while (sentence + 1 < sentenceStarts.length && sentenceStarts[sentence + 1] <= start) {
				sentence++;
			}
			words.add(new Word(start, i, word, word.toLowerCase(Locale.ROOT), sentence));
		}
		this.patientWord = new boolean[sentenceStarts.length];
		this.pronoun = new boolean[sentenceStarts.length];
		this.otherName = new boolean[sentenceStarts.length];
		this.staffName = new boolean[sentenceStarts.length];
		for (Word word : words) {
			String lower = word.lower();
			// every patient word and pronoun is short and starts with one of these letters
			if (lower.length() > 9 || "pbnihs".indexOf(lower.charAt(0)) < 0) {
				continue;
			}
			patientWord[word.sentence()] |= PATIENT_WORDS.contains(lower);
			pronoun[word.sentence()] |= PRONOUNS.contains(lower);
		}
		this.chars = chars;
	}

	/** The text's chars (not to be changed): scanning an array is cheaper than {@code charAt} on a long text. */
	char[] chars() {
		return chars;
	}

	String text() {
		return text;
	}

	private static boolean isAsciiLetterOrDigit(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
	}

	/**
	 * Runs one pass of {@code scanner} over the text; {@link FastPattern}s whose literal prefixes it knows then try
	 * only the places where those occur.
	 */
	void scanLiterals(LiteralScanner scanner) {
		if (scanner != literals) {
			this.literalHits = scanner.scan(text);
			this.literals = scanner;
		}
	}

	/**
	 * Where any of {@code ids} (literal ids of the scanner this text was scanned with) starts, ascending and without
	 * repeats; null when the text was not scanned with {@code scanner}.
	 */
	int[] literalPositions(LiteralScanner scanner, int[] ids) {
		if (scanner != literals || literals == null) {
			return null;
		}
		int[] single = null;
		int total = 0;
		int lists = 0;
		for (int id : ids) {
			int[] hits = literalHits[id];
			if (hits != null) {
				single = hits;
				total += hits.length;
				lists++;
			}
		}
		if (lists == 0) {
			return EMPTY;
		}
		if (lists == 1) {
			return single;
		}
		int[] all = new int[total];
		int n = 0;
		for (int id : ids) {
			int[] hits = literalHits[id];
			if (hits != null) {
				System.arraycopy(hits, 0, all, n, hits.length);
				n += hits.length;
			}
		}
		Arrays.sort(all);
		int unique = 0;
		for (int i = 0; i < all.length; i++) {
			if (i == 0 || all[i] != all[i - 1]) {
				all[unique++] = all[i];
			}
		}
		return unique == all.length ? all : Arrays.copyOf(all, unique);
	}

	/** Where the literal {@code id} of {@code scanner} starts, ascending; null when it does not occur. */
	int[] literalHits(LiteralScanner scanner, int id) {
		return scanner == literals ? literalHits[id] : null;
	}

	/** The scanner this text was scanned with, or null. */
	LiteralScanner literals() {
		return literals;
	}

	/** Whether {@code \\b} can be at {@code position} before a word char (a word starts there). */
	boolean isWordStart(int position) {
		return isWordChar(text.charAt(position)) && (position == 0 || !isWordChar(text.charAt(position - 1)));
	}

	private static boolean isWordChar(char c) {
		return c < 128 ? isAsciiLetterOrDigit(c) || c == '_' : FastPattern.isWordChar(c);
	}

	/** The case fold {@link FastPattern} compares first characters in. */
	static char fold(char c) {
		return Character.toLowerCase(Character.toUpperCase(c));
	}

	/** Positions of the characters that fold to {@code folded}, ascending. */
	int[] positionsOf(char folded) {
		if (charPositions == null) {
			charPositions = new Buckets(chars, false);
		}
		return charPositions.get(folded);
	}

	/**
	 * Positions where {@code \\b} can start a word (a letter, digit or underscore after anything else) and whose
	 * char folds to {@code folded}, ascending.
	 */
	int[] wordStartsWith(char folded) {
		if (wordStartPositions == null) {
			wordStartPositions = new Buckets(chars, true);
		}
		return wordStartPositions.get(folded);
	}

	/** Positions by folded char: ASCII in an array, the rest in a map. */
	private static final class Buckets {

		private final int[][] ascii = new int[128][];
		private final Map<Character, int[]> other = new HashMap<>();

		Buckets(char[] text, boolean wordStartsOnly) {
			// two passes over the text: count the positions of each ASCII char, then fill arrays of exactly that size
			int[] asciiCounts = new int[128];
			Map<Character, Integer> otherCounts = new HashMap<>();
			boolean previousWord = false;
			for (int i = 0; i < text.length; i++) {
				char raw = text[i];
				// ASCII (most of any post) without the Character tables: letters fold to lower case
				boolean asciiChar = raw < 128;
				boolean word = asciiChar ? isAsciiLetterOrDigit(raw) || raw == '_' : FastPattern.isWordChar(raw);
				boolean take = !wordStartsOnly || word && !previousWord;
				previousWord = word;
				if (!take) {
					continue;
				}
				char c = asciiChar ? (raw >= 'A' && raw <= 'Z' ? (char) (raw + 32) : raw) : fold(raw);
				if (c < 128) {
					asciiCounts[c]++;
				}
				else {
					int count = otherCounts.getOrDefault(c, 0);
					int[] list = other.get(c);
					if (list == null || list.length == count) {
						list = list == null ? new int[4] : Arrays.copyOf(list, count * 2);
						other.put(c, list);
					}
					list[count] = i;
					otherCounts.put(c, count + 1);
				}
			}
			for (int c = 0; c < 128; c++) {
				if (asciiCounts[c] > 0) {
					ascii[c] = new int[asciiCounts[c]];
					asciiCounts[c] = 0;
				}
			}
			previousWord = false;
			for (int i = 0; i < text.length; i++) {
				char raw = text[i];
				boolean asciiChar = raw < 128;
				boolean word = asciiChar ? isAsciiLetterOrDigit(raw) || raw == '_' : FastPattern.isWordChar(raw);
				boolean take = !wordStartsOnly || word && !previousWord;
				previousWord = word;
				if (!take) {
					continue;
				}
				// a non-ASCII char may fold to ASCII (the Kelvin sign to k)
				char c = asciiChar ? (raw >= 'A' && raw <= 'Z' ? (char) (raw + 32) : raw) : fold(raw);
				if (c < 128) {
					ascii[c][asciiCounts[c]++] = i;
				}
			}
			other.replaceAll((c, list) -> Arrays.copyOf(list, otherCounts.get(c)));
		}

		int[] get(char folded) {
			int[] list = folded < 128 ? ascii[folded] : other.get(folded);
			return list == null ? EMPTY : list;
		}
	}

	private static final int[] EMPTY = new int[0];

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
	 * someone who is not staff, or says he/she/his/her without naming only staff (in the sentence or the one before
	 * it). "In memory of Dr. Lane, who passed away on February 2" is about a colleague, not a patient.
	 */
	boolean aboutAPerson(int sentence) {
		return patientWord[sentence] || otherName[sentence] || pronoun[sentence] && !staffName[sentence]
				&& !aboutStaffBefore(sentence);
	}

	/** "In memory of Dr. Lane. He died on February 2.": the pronoun continues a sentence that named only staff. */
	private boolean aboutStaffBefore(int sentence) {
		return sentence > 0 && staffName[sentence - 1] && !otherName[sentence - 1] && !patientWord[sentence - 1];
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
