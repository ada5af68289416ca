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
			"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
			// Austrian and German academic titles and birth marks ("our HR lead, Mag. Verena Hörtnagl";
			// forty-fourth round)
			"mag", "dipl", "ing", "geb", "roj", "nar",
			// "Dr. med. Anneke Ahlers", "Dr. med. dent.", "Univ.-Prof." (ninetieth round)
			"med", "dent", "univ",
			// Czech and Slovak titles (seventy-seventh round: "MUDr. Petra Šindelářová")
			"mudr", "mddr", "mvdr", "phdr");

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
	private Positions positions;
	private final boolean[] patientWord;
	private final boolean[] pronoun;
	private final boolean[] otherName;
	private final boolean[] staffName;
	/** The literal scan of this text (see {@link #scanLiterals}), or null. */
	private LiteralScanner literals;
	/** Its hits, for the literals that occur. */
	private LiteralScanner.Hits hits;

	TextIndex(String text) {
		this.text = text;
		char[] chars = text.toCharArray();
		this.sentenceStarts = sentenceStarts(text, chars);
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

	/** 0: not worked out yet, 1: no, 2: yes. */
	private byte casedToAscii;

	/**
	 * Whether the text has a non-ASCII char whose case mapping is ASCII (see {@link FastPattern.AsciiCase}); worked
	 * out on first use.
	 */
	boolean hasCharCasedToAscii() {
		if (casedToAscii == 0) {
			casedToAscii = FastPattern.AsciiCase.anyCasedToAscii(chars) ? (byte) 2 : (byte) 1;
		}
		return casedToAscii == 2;
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
			this.hits = scanner.hits(chars);
			this.literals = scanner;
		}
	}

	/**
	 * Where any of {@code ids} (literal ids of the scanner this text was scanned with) starts, ascending and without
	 * repeats; null when the text was not scanned with {@code scanner}. Several lists are merged through a bit set
	 * over the text's positions (each list is already ascending): no sort.
	 */
	int[] literalPositions(LiteralScanner scanner, int[] ids) {
		if (scanner != literals || literals == null) {
			return null;
		}
		LiteralScanner.Hits found = hits;
		int[] single = null;
		int lists = 0;
		for (int id : ids) {
			int at = found.index(id);
			if (at >= 0) {
				single = found.starts[at];
				lists++;
			}
		}
		if (lists == 0) {
			return EMPTY;
		}
		if (lists == 1) {
			return single;
		}
		long[] bits = positionBits;
		if (bits == null) {
			bits = positionBits = new long[(chars.length >> 6) + 1];
		}
		int lowest = Integer.MAX_VALUE;
		int highest = 0;
		for (int id : ids) {
			int at = found.index(id);
			if (at >= 0) {
				int[] hits = found.starts[at];
				for (int position : hits) {
					bits[position >>> 6] |= 1L << position;
				}
				lowest = Math.min(lowest, hits[0] >>> 6);
				highest = Math.max(highest, hits[hits.length - 1] >>> 6);
			}
		}
		int count = 0;
		for (int w = lowest; w <= highest; w++) {
			count += Long.bitCount(bits[w]);
		}
		int[] all = new int[count];
		int n = 0;
		// read the set bits in order, clearing the words again for the next call
		for (int w = lowest; w <= highest; w++) {
			long word = bits[w];
			bits[w] = 0;
			while (word != 0) {
				all[n++] = w << 6 | Long.numberOfTrailingZeros(word);
				word &= word - 1;
			}
		}
		return all;
	}

	/** Scratch for {@link #literalPositions}: one bit per position of the text, all clear between calls. */
	private long[] positionBits;

	/** Where the literal {@code id} of {@code scanner} starts, ascending; null when it does not occur. */
	int[] literalHits(LiteralScanner scanner, int id) {
		if (scanner != literals) {
			return null;
		}
		int at = hits.index(id);
		return at < 0 ? null : hits.starts[at];
	}

	/**
	 * The last start of any of the literals {@code ids} of {@code scanner} (after a non-word char where
	 * {@code afterNonWordChar[i]} is set for {@code ids[i]}), -1 when none occurs or the text was not scanned with
	 * {@code scanner}.
	 */
	int lastLiteralHit(LiteralScanner scanner, int[] ids, boolean[] afterNonWordChar) {
		if (scanner != literals) {
			return -1;
		}
		LiteralScanner.Hits found = hits;
		int last = -1;
		for (int i = 0; i < ids.length; i++) {
			int at = found.index(ids[i]);
			if (at < 0) {
				continue;
			}
			int hit = afterNonWordChar[i] ? found.lastAfterNonWordChar[at] : found.last[at];
			if (hit > last) {
				last = hit;
			}
		}
		return last;
	}

	/** Whether any of the literals {@code ids} of {@code scanner} occurs; true when the text was not scanned with it. */
	/**
	 * {@link #lastLiteralHit(LiteralScanner, int[], boolean[])} for {@code codes[from, to)}, each a literal id of this
	 * text's scanner shifted left by one, its low bit set when the literal counts only after a non-word char.
	 */
	int lastLiteralHit(int[] codes, int from, int to) {
		LiteralScanner.Hits found = hits;
		int last = -1;
		for (int i = from; i < to; i++) {
			int code = codes[i];
			int at = found.index(code >>> 1);
			if (at < 0) {
				continue;
			}
			int hit = (code & 1) != 0 ? found.lastAfterNonWordChar[at] : found.last[at];
			if (hit > last) {
				last = hit;
			}
		}
		return last;
	}

	/** Whether any literal id of this text's scanner in {@code ids[from, to)} occurs. */
	boolean anyLiteralHit(int[] ids, int from, int to) {
		LiteralScanner.Hits found = hits;
		for (int i = from; i < to; i++) {
			if (found.occurs(ids[i])) {
				return true;
			}
		}
		return false;
	}

	boolean anyLiteralHit(LiteralScanner scanner, int[] ids) {
		if (scanner != literals || literals == null) {
			return true;
		}
		LiteralScanner.Hits found = hits;
		for (int id : ids) {
			if (found.occurs(id)) {
				return true;
			}
		}
		return false;
	}

	/** The chars {@link #nextPunctuation} looks for: no match of a pattern that cannot consume them crosses one. */
	static final String PUNCTUATION = ".,!?;:";

	private static final boolean[] IS_PUNCTUATION = new boolean[128];

	static {
		for (char c : PUNCTUATION.toCharArray()) {
			IS_PUNCTUATION[c] = true;
		}
	}

	/** Whether {@code c} is one of {@link #PUNCTUATION}. */
	static boolean isPunctuation(char c) {
		return c < 128 && IS_PUNCTUATION[c];
	}

	private int[] nextPunctuation;

	/**
	 * The first position at or after {@code position} holding one of {@link #PUNCTUATION}, or the text's length
	 * (worked out on first use, in one pass from the end).
	 */
	int nextPunctuation(int position) {
		int[] next = nextPunctuation;
		if (next == null) {
			int n = chars.length;
			next = new int[n + 1];
			next[n] = n;
			for (int i = n - 1; i >= 0; i--) {
				char c = chars[i];
				next[i] = c < 128 && IS_PUNCTUATION[c] ? i : next[i + 1];
			}
			nextPunctuation = next;
		}
		return next[Math.min(position, next.length - 1)];
	}

	/** The scanner this text was scanned with, or null. */
	LiteralScanner literals() {
		return literals;
	}

	/** Whether {@code \\b} can be at {@code position} before a word char (a word starts there). */
	boolean isWordStart(int position) {
		return isWordChar(chars[position]) && (position == 0 || !isWordChar(chars[position - 1]));
	}

	/** ASCII letters, digits and the underscore: what {@code \\w} matches below 128. */
	private static final boolean[] ASCII_WORD_CHAR = new boolean[128];

	static {
		for (char c = 0; c < 128; c++) {
			ASCII_WORD_CHAR[c] = isAsciiLetterOrDigit(c) || c == '_';
		}
	}

	private static boolean isWordChar(char c) {
		return c < 128 ? ASCII_WORD_CHAR[c] : FastPattern.isWordChar(c);
	}

	/** The case fold {@link FastPattern} compares first characters in. */
	static char fold(char c) {
		return Character.toLowerCase(Character.toUpperCase(c));
	}

	/**
	 * The first position whose char folds to {@code folded}, or -1; the next ones come from {@link #nextSameChar}.
	 */
	int firstOf(char folded) {
		return positions().first(folded, false);
	}

	/** The next position after {@code position} whose char folds as the char at {@code position} does, or -1. */
	int nextSameChar(int position) {
		return positions().next[position];
	}

	/**
	 * The first position where {@code \\b} can start a word (a letter, digit or underscore after anything else) and
	 * whose char folds to {@code folded}, or -1; the next ones come from {@link #nextWordStart}.
	 */
	int firstWordStartOf(char folded) {
		return positions().first(folded, true);
	}

	/** The next word start after the word start {@code position} whose char folds the same way, or -1. */
	int nextWordStart(int position) {
		return positions().nextWordStart[position];
	}

	/** The folded non-ASCII chars of the text ({@link #fold}; those that fold to ASCII are not among them), each once. */
	char[] nonAsciiFolded() {
		return positions().otherChars();
	}

	private Positions positions() {
		if (positions == null) {
			positions = new Positions(chars);
		}
		return positions;
	}

	/**
	 * Positions by folded char, as chains: the first position of each char (ASCII in an array, the rest in a map)
	 * and, for each position, the next one of the same folded char. One pass from the end of the text builds the
	 * chains of all chars and of the word starts, without a list per char.
	 */
	private static final class Positions {

		private final int[] next;
		private final int[] nextWordStart;
		private final int[] asciiFirst = new int[128];
		private final int[] asciiFirstWordStart = new int[128];
		/** Non-ASCII folded chars: first position and first word start. */
		private Map<Character, int[]> other;

		Positions(char[] text) {
			int n = text.length;
			this.next = new int[n];
			this.nextWordStart = new int[n];
			Arrays.fill(asciiFirst, -1);
			Arrays.fill(asciiFirstWordStart, -1);
			boolean word = n > 0 && isWordChar(text[n - 1]);
			for (int i = n - 1; i >= 0; i--) {
				char raw = text[i];
				boolean previousWord = i > 0 && isWordChar(text[i - 1]);
				boolean wordStart = word && !previousWord;
				word = previousWord;
				// ASCII (most of any post) without the Character tables: letters fold to lower case; a non-ASCII
				// char may fold to ASCII (the Kelvin sign to k)
				char c = raw < 128 ? (raw >= 'A' && raw <= 'Z' ? (char) (raw + 32) : raw) : fold(raw);
				if (c < 128) {
					next[i] = asciiFirst[c];
					asciiFirst[c] = i;
					if (wordStart) {
						nextWordStart[i] = asciiFirstWordStart[c];
						asciiFirstWordStart[c] = i;
					}
					else {
						nextWordStart[i] = -1;
					}
				}
				else {
					if (other == null) {
						other = new HashMap<>();
					}
					int[] firsts = other.computeIfAbsent(c, k -> new int[] { -1, -1 });
					next[i] = firsts[0];
					firsts[0] = i;
					if (wordStart) {
						nextWordStart[i] = firsts[1];
						firsts[1] = i;
					}
					else {
						nextWordStart[i] = -1;
					}
				}
			}
		}

		private char[] otherChars;

		char[] otherChars() {
			if (otherChars == null) {
				char[] chars = new char[other == null ? 0 : other.size()];
				if (other != null) {
					int n = 0;
					for (char c : other.keySet()) {
						chars[n++] = c;
					}
				}
				otherChars = chars;
			}
			return otherChars;
		}

		int first(char folded, boolean wordStart) {
			if (folded < 128) {
				return wordStart ? asciiFirstWordStart[folded] : asciiFirst[folded];
			}
			int[] firsts = other == null ? null : other.get(folded);
			return firsts == null ? -1 : firsts[wordStart ? 1 : 0];
		}
	}

	private static final int[] EMPTY = new int[0];

	List<Word> words() {
		return words;
	}

	/** {@link SignalTokens#of(TextIndex)}, worked out on first use: one look-up per word and pair for every model. */
	private SignalTokens.Post signalFeatures;

	/**
	 * The {@link SignalTokens} numbers of the post's words and pairs, for a model whose words all have numbers below
	 * {@code known} and pairs below {@code knownPairs}: worked out again if a model built since needs newer numbers.
	 */
	SignalTokens.Post signalFeatures(int known, int knownPairs) {
		SignalTokens.Post features = signalFeatures;
		if (features == null || features.known() < known || features.knownPairs() < knownPairs) {
			features = signalFeatures = SignalTokens.of(this);
		}
		return features;
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

	private static int[] sentenceStarts(String text, char[] chars) {
		int[] starts = new int[16];
		int count = 1;
		int n = chars.length;
		for (int i = 0; i < n; i++) {
			char c = chars[i];
			if (c == '\n' || c == '\r') {
				int j = i + 1;
				while (j < n && Character.isWhitespace(chars[j])) {
					j++;
				}
				if (j < n && j > starts[count - 1]) {
					starts = add(starts, count++, j);
				}
				i = j - 1;
			}
			else if (c == '.' || c == '!' || c == '?') {
				int j = i + 1;
				while (j < n && ".!?\"'’”)]".indexOf(chars[j]) >= 0) {
					j++;
				}
				if (j < n && !Character.isWhitespace(chars[j])) {
					continue;
				}
				if (c == '.' && isAbbreviation(text, i)) {
					continue;
				}
				while (j < n && Character.isWhitespace(chars[j])) {
					j++;
				}
				if (j < n && j > starts[count - 1]) {
					starts = add(starts, count++, j);
				}
				i = j - 1;
			}
		}
		return Arrays.copyOf(starts, count);
	}

	private static int[] add(int[] list, int at, int value) {
		int[] to = at < list.length ? list : Arrays.copyOf(list, list.length * 2);
		to[at] = value;
		return to;
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
