package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A regular expression that is only tried where a match can start. Scanning a 2 KB post with {@code find()}
 * tries every position; most patterns start with a word ("cure", "best", a month) or a digit, so the characters a
 * match can begin with are worked out once from the expression, and only positions holding one of them (from
 * {@link TextIndex#firstOf}, or only the word starts for patterns beginning with \\b) are tried. The result is exactly {@code find()}'s: leftmost matches, not
 * overlapping, each position tried with the whole text visible to look-behind and {@code \b}.
 *
 * <p>
 * The analysis is conservative: whatever it does not understand (a pattern that can start with any character, an
 * inline flag, a back-reference) leaves the pattern to plain {@code find()}.
 */
final class FastPattern {

	private final Pattern pattern;
	private final char[] firstChars;
	private final BitSet foldedFirstChars;
	/**
	 * {@link #firstChars} below 128, and how many are not: a pattern that can start with a whole script ("[\\x{0370}-
	 * \\x{03FF}]{4,}") has hundreds, most posts a handful of non-ASCII chars, so those of the text are tried then.
	 */
	private final char[] asciiFirstChars;
	private final int nonAsciiFirstChars;
	/** Every branch starts with \\b and a letter or digit: only word starts need trying. */
	private final boolean atWordStart;
	private final boolean atWordBoundary;
	/** For a case-sensitive pattern, the exact first chars (a month name starts with a capital). */
	private final BitSet exactFirstChars;
	/** Literal words every match starts with ("cur", "guarantee", "no", "best"...), or null. */
	private final String[] prefixes;
	private final boolean ignoreCase;
	/** {@link #prefixes} by their folded first char: a position is only compared with the prefixes it can start. */
	private final java.util.Map<Character, String[]> prefixesByFirstChar;
	/** Literals of which every match contains at least one (see {@link RequiredLiterals}), or null. */
	private final RequiredLiterals required;
	/**
	 * No match can consume one of {@link TextIndex#PUNCTUATION}: a match starting at a position must reach one of
	 * the {@link #required} literals before the next punctuation mark, so other positions are not tried.
	 */
	private final boolean withinPunctuation;
	/**
	 * For a pattern that starts with a positive look-behind, where that look-behind can hold (see {@link Behind}), or
	 * null.
	 */
	private final Behind behind;
	/**
	 * Whether a match may be tried on a piece of the text cut out of it (the caller's {@code lookingAt()} on a
	 * substring, where {@code \\b} holds at the piece's start whatever stood before it): then every literal is
	 * wanted wherever it starts (see {@link #literalsAnywhere}).
	 */
	private final boolean onPieces;

	/**
	 * The same expression without {@link Pattern#UNICODE_CASE}, for texts without a char whose Unicode case mapping
	 * is ASCII ({@link AsciiCase}); null when that could change a match.
	 */
	private final Pattern asciiCase;

	private FastPattern(Pattern pattern, char[] firstChars, boolean atWordBoundary, BitSet exactFirstChars,
			String[] prefixes, RequiredLiterals required, Behind behind, boolean onPieces) {
		this.pattern = pattern;
		this.onPieces = onPieces;
		this.behind = behind;
		this.asciiCase = AsciiCase.twin(pattern);
		this.required = required;
		this.withinPunctuation = required != null && Punctuation.neverConsumed(pattern.pattern(), pattern.flags());
		this.firstChars = firstChars;
		this.atWordBoundary = atWordBoundary;
		this.exactFirstChars = exactFirstChars;
		this.prefixes = prefixes;
		this.ignoreCase = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
		this.foldedFirstChars = new BitSet();
		boolean wordChars = firstChars != null;
		if (firstChars != null) {
			for (char c : firstChars) {
				foldedFirstChars.set(c);
				wordChars &= isWordChar(c);
			}
		}
		this.atWordStart = atWordBoundary && wordChars;
		int ascii = 0;
		if (firstChars != null) {
			for (char c : firstChars) {
				ascii += c < 128 ? 1 : 0;
			}
		}
		this.asciiFirstChars = new char[ascii];
		this.nonAsciiFirstChars = firstChars == null ? 0 : firstChars.length - ascii;
		for (int i = 0; i < ascii; i++) {
			// firstChars ascend: the ASCII ones come first
			asciiFirstChars[i] = firstChars[i];
		}
		java.util.Map<Character, java.util.List<String>> byFirst = new java.util.HashMap<>();
		if (prefixes != null) {
			for (String prefix : prefixes) {
				byFirst.computeIfAbsent(TextIndex.fold(prefix.charAt(0)), k -> new java.util.ArrayList<>()).add(prefix);
			}
		}
		this.prefixesByFirstChar = new java.util.HashMap<>();
		byFirst.forEach((c, list) -> prefixesByFirstChar.put(c, list.toArray(String[]::new)));
	}

	static FastPattern compile(String regex, int flags) {
		return compile(regex, flags, false);
	}

	/**
	 * {@link #compile(String, int)} for a pattern whose caller also matches it on pieces cut out of the text (a
	 * substring from some position on) and asks for its literals' positions for that ({@link #requiredPositions}): its
	 * literals are looked for wherever they start, also right after a word char.
	 */
	static FastPattern compileForPieces(String regex, int flags) {
		return compile(regex, flags, true);
	}

	private static FastPattern compile(String regex, int flags, boolean onPieces) {
		Pattern pattern = Pattern.compile(regex, flags);
		FirstChars analysis = FirstChars.analyse(regex, true);
		FirstChars exact = (flags & Pattern.CASE_INSENSITIVE) == 0 ? FirstChars.analyse(regex, false) : null;
		BitSet first = analysis == null ? null : analysis.result;
		char[] chars = null;
		if (first != null) {
			chars = new char[first.cardinality()];
			int n = 0;
			for (int c = first.nextSetBit(0); c >= 0; c = first.nextSetBit(c + 1)) {
				chars[n++] = (char) c;
			}
		}
		return new FastPattern(pattern, chars, chars != null && analysis.everyBranchStartsWithWordBoundary,
				chars != null && exact != null ? exact.result : null,
				// in COMMENTS mode # starts a comment and spaces are not literal: no prefixes read
				chars == null || (flags & Pattern.COMMENTS) != 0 ? null : LiteralPrefixes.of(regex),
				onPieces ? RequiredLiterals.anywhere(RequiredLiterals.of(regex, flags)) : RequiredLiterals.of(regex, flags),
				Behind.of(regex, flags), onPieces);
	}

	Pattern pattern() {
		return pattern;
	}

	/** Whether the analysis found where matches can start (for tests). */
	boolean filtered() {
		return firstChars != null;
	}

	/** The pattern to run on this text: {@link #asciiCase} when the text allows it (same matches, cheaper). */
	private Pattern patternFor(TextIndex index) {
		return asciiCase != null && !index.hasCharCasedToAscii() ? asciiCase : pattern;
	}

	void forEachMatch(TextIndex index, Consumer<MatchResult> action) {
		// a match contains one of the required literals, so it starts at or before the last of them
		forEachMatch(index, required == null ? Integer.MAX_VALUE : required.lastOccurrence(index), action);
	}

	/**
	 * {@link #forEachMatch(TextIndex, Consumer)} given where the last of the required literals starts (what
	 * {@link RequiredLiterals#lastOccurrence} says, worked out by the caller from {@link #requiredCodes}).
	 */
	void forEachMatch(TextIndex index, int lastStart, Consumer<MatchResult> action) {
		String text = index.text();
		if (lastStart < 0) {
			return;
		}
		int[] candidates = prefixes == null ? null : candidates(index);
		if (candidates == null && firstChars == null && behind != null) {
			candidates = behind.candidates(index, lastStart);
		}
		if (candidates != null && candidates.length == 0) {
			return;
		}
		int[] requiredAt = withinPunctuation ? required.positions(index) : null;
		if (firstChars == null && candidates == null) {
			if (requiredAt != null) {
				findInStretches(index, requiredAt, action);
				return;
			}
			Matcher m = patternFor(index).matcher(text);
			while (m.find()) {
				action.accept(m.toMatchResult());
			}
			return;
		}
		// made at the first position that passes the cheap checks: many patterns have none on a post
		Matcher m = null;
		List<MatchResult> found = null;
		if (candidates != null) {
			for (int position : candidates) {
				if (position > lastStart) {
					break;
				}
				if (atWordStart && !index.isWordStart(position)
						|| exactFirstChars != null && !exactFirstChars.get(text.charAt(position))
						|| requiredAt != null && !requiredBeforePunctuation(requiredAt, position, index)) {
					continue;
				}
				if (m == null) {
					m = matcher(index);
				}
				m.region(position, text.length());
				if (m.lookingAt()) {
					if (found == null) {
						found = new ArrayList<>();
					}
					found.add(m.toMatchResult());
				}
			}
		}
		else {
			for (char first : firstCharsToTry(index)) {
				for (int position = atWordStart ? index.firstWordStartOf(first) : index.firstOf(first); position >= 0
						&& position <= lastStart; position = atWordStart ? index.nextWordStart(position)
								: index.nextSameChar(position)) {
					if (exactFirstChars != null && !exactFirstChars.get(text.charAt(position))
							|| prefixes != null && !startsWithPrefix(text, position, first)
							|| requiredAt != null && !requiredBeforePunctuation(requiredAt, position, index)) {
						continue;
					}
					if (m == null) {
						m = matcher(index);
					}
					m.region(position, text.length());
					if (m.lookingAt()) {
						if (found == null) {
							found = new ArrayList<>();
						}
						found.add(m.toMatchResult());
					}
				}
			}
		}
		if (found == null) {
			return;
		}
		// what find() would return: leftmost first, each match starting after the previous one ends (the candidates
		// and one first char's chain are already in text order)
		if (candidates == null && firstChars.length > 1 && found.size() > 1) {
			found.sort(Comparator.comparingInt(MatchResult::start));
		}
		int next = 0;
		for (MatchResult match : found) {
			if (match.start() >= next) {
				action.accept(match);
				next = match.end() > match.start() ? match.end() : match.start() + 1;
			}
		}
	}

	/**
	 * {@code find()} over the whole text, for a pattern whose first chars are not known but that cannot consume one of
	 * {@link TextIndex#PUNCTUATION} and whose every match contains one of its required literals (at
	 * {@code requiredAt}, ascending): every match then lies within one stretch between two punctuation marks that
	 * holds one of those literals, so {@code find()} runs over those stretches only, each as a region with
	 * transparent, non-anchoring bounds (look-arounds, {@code \\b} and {@code $} see the whole text). A match
	 * attempt at a position of a stretch goes the same way as over the whole text (a path that would consume the
	 * punctuation mark at the stretch's end fails either way), and {@code find()} over the whole text enters each
	 * stretch with nothing pending from before it (no match crosses a punctuation mark): the same matches, in the
	 * same order.
	 */
	private void findInStretches(TextIndex index, int[] requiredAt, Consumer<MatchResult> action) {
		String text = index.text();
		Matcher m = patternFor(index).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		// positions before this one are searched already, or hold no match
		int searched = 0;
		for (int at : requiredAt) {
			if (at < searched) {
				continue;
			}
			int from = at;
			while (from > searched && !TextIndex.isPunctuation(text.charAt(from - 1))) {
				from--;
			}
			int to = index.nextPunctuation(at);
			m.region(from, to);
			while (m.find()) {
				action.accept(m.toMatchResult());
			}
			searched = to + 1;
		}
	}

	/**
	 * The first chars whose positions are tried: {@link #firstChars}, or when the pattern has more non-ASCII ones than
	 * the text has non-ASCII chars, its ASCII ones and the text's non-ASCII chars it can start with (the same
	 * positions either way).
	 */
	private char[] firstCharsToTry(TextIndex index) {
		if (nonAsciiFirstChars <= 1) {
			return firstChars;
		}
		char[] inText = index.nonAsciiFolded();
		if (inText.length >= nonAsciiFirstChars) {
			return firstChars;
		}
		char[] chars = java.util.Arrays.copyOf(asciiFirstChars, asciiFirstChars.length + inText.length);
		int n = asciiFirstChars.length;
		for (char c : inText) {
			if (foldedFirstChars.get(c)) {
				chars[n++] = c;
			}
		}
		return n == chars.length ? chars : java.util.Arrays.copyOf(chars, n);
	}

	/** A matcher over the whole text that tries one position at a time (region, transparent bounds). */
	private Matcher matcher(TextIndex index) {
		return patternFor(index).matcher(index.text()).useTransparentBounds(true).useAnchoringBounds(false);
	}

	/**
	 * False when the post's literal scan shows this pattern cannot match (none of its required literals, or none of
	 * its prefixes, occurs); true when it may. Cheap: no regular expression is run.
	 */
	boolean mayMatch(TextIndex index) {
		if (required != null && required.lastOccurrence(index) < 0) {
			return false;
		}
		return prefixes == null || anyCandidate(index);
	}

	/**
	 * Where one of the required literals starts in the text, ascending: every match contains one. Null when that is not
	 * known (no required literals, or the text was not scanned for them): a match may then be anywhere.
	 */
	int[] requiredPositions(TextIndex index) {
		if (required == null || required.lastOccurrence(index) == Integer.MAX_VALUE) {
			return null;
		}
		return required.positions(index);
	}

	/** Whether one of the required literals starts at or after {@code position} and before the next punctuation. */
	private static boolean requiredBeforePunctuation(int[] requiredAt, int position, TextIndex index) {
		int i = java.util.Arrays.binarySearch(requiredAt, position);
		if (i < 0) {
			i = -i - 1;
		}
		return i < requiredAt.length && requiredAt[i] < index.nextPunctuation(position);
	}

	/**
	 * Case-insensitive matching with {@link Pattern#UNICODE_CASE} compares chars through {@link Character}'s case
	 * mappings ({@code Pattern$SliceU}, a table lookup or two per char); without it, only ASCII letters are folded
	 * ({@code SliceI}). The two give the same matches when the expression names no char by code or property (no
	 * {@code \\x}, {@code \\u}, {@code \\p}, octal or control escapes, no back-reference, no inline flags) and the
	 * text has no non-ASCII char whose upper or lower case is ASCII (the Kelvin sign, dotless i, long s ...): then
	 * a non-ASCII char of the text can match no ASCII letter of the expression either way, and ASCII chars fold alike.
	 *
	 * <p>
	 * A non-ASCII char of the expression ("ü" in "D(?:ü|ue?)sseldorf", "’" in "can['’]t") is written in the twin as
	 * the class of exactly the chars it matches with {@code UNICODE_CASE} ({@link #variants}: "[üÜ]"; "’" stays
	 * itself), which the twin compares as they are. A char whose variants differ between the regex engine's three
	 * ways of comparing it (in a run of literal chars, alone, in a class), or include an ASCII char, or that is the
	 * end of a range in a class, leaves the pattern without a twin.
	 */
	static final class AsciiCase {

		/** The BMP chars of 128 and above whose case mappings reach ASCII; no supplementary char's does. */
		private static final BitSet CASED_TO_ASCII = new BitSet();

		static {
			for (int c = 128; c <= Character.MAX_VALUE; c++) {
				if (casedToAscii(c)) {
					CASED_TO_ASCII.set(c);
				}
			}
		}

		/**
		 * The BMP chars by {@link #fold}, for the chars whose fold is another char: the inverse of the fold, for
		 * {@link #variants}. No supplementary char folds to a BMP char ({@code FastPatternTest}).
		 */
		private static final class Folds {

			static final java.util.Map<Integer, List<Integer>> INTO = new java.util.HashMap<>();

			static {
				for (int c = 0; c <= Character.MAX_VALUE; c++) {
					int f = fold(c);
					if (f != c) {
						INTO.computeIfAbsent(f, k -> new ArrayList<>()).add(c);
					}
				}
			}

			private Folds() {
			}
		}

		private AsciiCase() {
		}

		/** Whether one of the case mappings the regex engine applies takes this code point to ASCII. */
		static boolean casedToAscii(int c) {
			int upper = Character.toUpperCase(c);
			int lower = Character.toLowerCase(c);
			return upper < 128 || lower < 128 || Character.toLowerCase(upper) < 128 || Character.toUpperCase(lower) < 128;
		}

		/** Whether a char of the text has an ASCII case mapping (so only the Unicode-case pattern is exact). */
		static boolean anyCasedToAscii(char[] text) {
			for (char c : text) {
				if (c >= 128 && CASED_TO_ASCII.get(c)) {
					return true;
				}
			}
			return false;
		}

		/** The fold the regex engine compares with under {@code UNICODE_CASE}. */
		static int fold(int c) {
			return Character.toLowerCase(Character.toUpperCase(c));
		}

		/**
		 * The text chars (BMP) that the non-ASCII BMP char {@code p} of a case-insensitive {@code UNICODE_CASE}
		 * expression matches, ascending, when that is the same set in a run of literal chars ({@code SliceU}: a
		 * text char equal to {@code p}'s fold or with the same fold), alone ({@code SingleU} when {@code p} has a
		 * case, else {@code p} itself) and in a class (a Latin-1 char: itself, its lower and its upper case); null
		 * when the sets differ or one of them holds an ASCII char.
		 */
		static int[] variants(char p) {
			if (p < 128 || Character.isSurrogate(p)) {
				return null;
			}
			int f = fold(p);
			if (fold(f) != f) {
				return null; // the fold of the fold is another char: not worth reasoning about
			}
			java.util.TreeSet<Integer> slice = new java.util.TreeSet<>(Folds.INTO.getOrDefault(f, List.of()));
			slice.add(f);
			java.util.Set<Integer> single = Character.toUpperCase((int) p) != f ? slice : java.util.Set.of((int) p);
			if (!slice.equals(single)) {
				return null;
			}
			// in a class, a Latin-1 char other than these is set in a bit table with its lower and upper case
			if (p < 256 && "\u00ff\u00b5\u00c5\u00e5".indexOf(p) < 0) {
				java.util.Set<Integer> bits = new java.util.TreeSet<>(List.of((int) p, Character.toLowerCase((int) p),
						Character.toUpperCase((int) p)));
				if (!slice.equals(bits)) {
					return null;
				}
			}
			if (slice.first() < 128 || !slice.contains((int) p)) {
				return null;
			}
			return slice.stream().mapToInt(Integer::intValue).toArray();
		}

		/** The pattern without UNICODE_CASE when that gives the same matches on such texts; null otherwise. */
		static Pattern twin(Pattern pattern) {
			int flags = pattern.flags();
			if ((flags & Pattern.CASE_INSENSITIVE) == 0 || (flags & Pattern.UNICODE_CASE) == 0
					|| (flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
				return null;
			}
			String regex = pattern.pattern();
			if (regex.contains("[]") || regex.contains("[^]")) {
				return null; // a ']' first in a class is a char: not read here
			}
			StringBuilder twin = new StringBuilder(regex.length() + 16);
			int classDepth = 0;
			for (int i = 0; i < regex.length(); i++) {
				char c = regex.charAt(i);
				if (c >= 128) {
					int[] variants = variants(c);
					if (variants == null) {
						return null;
					}
					if (classDepth > 0) {
						// a range's end would be compared as a range (CIRangeU), not as this char
						boolean rangeStart = i + 2 < regex.length() && regex.charAt(i + 1) == '-'
								&& regex.charAt(i + 2) != ']';
						boolean rangeEnd = i >= 1 && regex.charAt(i - 1) == '-'
								&& !(i >= 2 && regex.charAt(i - 2) == '[' && (i < 3 || regex.charAt(i - 3) != '\\'));
						if (rangeStart || rangeEnd) {
							return null;
						}
					}
					boolean bracket = classDepth == 0 && variants.length > 1;
					if (bracket) {
						twin.append('[');
					}
					for (int v : variants) {
						twin.append((char) v);
					}
					if (bracket) {
						twin.append(']');
					}
					continue;
				}
				twin.append(c);
				if (c == '\\' && i + 1 < regex.length()) {
					char e = regex.charAt(++i);
					// escapes naming chars by code or property, back-references, \Q (its text is literal), and an
					// escaped non-ASCII char
					if (Character.isDigit(e) || "xupPNckQ".indexOf(e) >= 0 || e >= 128) {
						return null;
					}
					twin.append(e);
				}
				else if (c == '[') {
					classDepth++;
				}
				else if (c == ']' && classDepth > 0) {
					classDepth--;
				}
				else if (c == '(' && i + 2 < regex.length() && regex.charAt(i + 1) == '?'
						&& ":=!<>".indexOf(regex.charAt(i + 2)) < 0) {
					return null; // inline flags
				}
			}
			return Pattern.compile(twin.toString(), flags & ~Pattern.UNICODE_CASE);
		}
	}

	/**
	 * Whether a pattern can never consume one of {@link TextIndex#PUNCTUATION} (its look-arounds counted too, to
	 * keep it simple). Conservative: false for whatever it does not read (., negated classes, \W, \S, \p{..},
	 * escapes by code, inline flags, nested classes).
	 */
	static final class Punctuation {

		private Punctuation() {
		}

		/**
		 * Unicode categories ({@code \\p{..}}) that match none of {@link TextIndex#PUNCTUATION}, as the regex engine
		 * says with and without case-insensitive matching (a name it does not say that of is left out).
		 */
		static final java.util.Set<String> NO_PUNCTUATION_PROPERTIES;

		static {
			java.util.Set<String> names = new java.util.HashSet<>();
			for (String name : List.of("L", "Lu", "Ll", "Lt", "Lm", "Lo", "N", "Nd", "Nl", "No", "M", "Mn")) {
				boolean none = true;
				for (int flags : new int[] { 0, Pattern.CASE_INSENSITIVE,
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE }) {
					Pattern property = Pattern.compile("\\p{" + name + "}", flags);
					Pattern inClass = Pattern.compile("[\\p{" + name + "}]", flags);
					for (char c : TextIndex.PUNCTUATION.toCharArray()) {
						String s = String.valueOf(c);
						none &= !property.matcher(s).matches() && !inClass.matcher(s).matches();
					}
				}
				if (none) {
					names.add(name);
				}
			}
			NO_PUNCTUATION_PROPERTIES = java.util.Set.copyOf(names);
		}

		static boolean neverConsumed(String regex, int flags) {
			if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ | Pattern.UNICODE_CHARACTER_CLASS)) != 0) {
				return false;
			}
			int n = regex.length();
			boolean inClass = false;
			int previous = -1; // the last plain char in a class: a possible range start
			for (int i = 0; i < n; i++) {
				char c = regex.charAt(i);
				if (c == '\\') {
					if (i + 1 >= n) {
						return false;
					}
					char e = regex.charAt(++i);
					if (e == 'p' && regex.startsWith("{", i + 1)) {
						// a letter or number category ("\\p{L}", "\\p{Lu}"): no punctuation mark is in one
						int close = regex.indexOf('}', i);
						if (close < 0 || !NO_PUNCTUATION_PROPERTIES.contains(regex.substring(i + 2, close))) {
							return false;
						}
						i = close;
						previous = -1;
						continue;
					}
					if (Character.isLetterOrDigit(e)) {
						if ("wsdbBAzZGntrfae".indexOf(e) < 0) {
							return false;
						}
						previous = -1;
						continue;
					}
					if (punctuation(e)) {
						return false;
					}
					previous = inClass ? e : -1;
					continue;
				}
				if (inClass) {
					if (c == '[' || c == '&') {
						return false;
					}
					if (c == ']') {
						inClass = false;
						continue;
					}
					if (c == '-' && previous >= 0 && i + 1 < n && regex.charAt(i + 1) != ']') {
						char to = regex.charAt(i + 1);
						if (to == '\\' || to == '[') {
							return false;
						}
						for (int r = previous; r <= to; r++) {
							if (punctuation((char) r)) {
								return false;
							}
						}
						i++;
						previous = -1;
						continue;
					}
					if (punctuation(c)) {
						return false;
					}
					previous = c;
					continue;
				}
				switch (c) {
					case '.':
						return false;
					case '[':
						if (i + 1 < n && regex.charAt(i + 1) == '^') {
							return false;
						}
						inClass = true;
						previous = -1;
						// a ] right after [ is a plain char
						if (i + 1 < n && regex.charAt(i + 1) == ']') {
							i++;
							previous = ']';
						}
						break;
					case '{':
						int close = regex.indexOf('}', i);
						if (close < 0 || !regex.substring(i + 1, close).matches("\\d+(?:,\\d*)?")) {
							return false;
						}
						i = close;
						break;
					case '(':
						if (i + 1 < n && regex.charAt(i + 1) == '?') {
							String rest = regex.substring(i + 2);
							if (rest.startsWith(":") || rest.startsWith("=") || rest.startsWith("!")) {
								i += 2;
							}
							else if (rest.startsWith("-i:")) {
								// case-insensitivity off: the group matches a subset of what it matches folded
								i += 4;
							}
							else if (rest.startsWith("<=") || rest.startsWith("<!")) {
								i += 3;
							}
							else {
								return false; // inline flags, named groups, atomic groups
							}
						}
						break;
					case '?':
					case '*':
					case '+':
					case '|':
					case ')':
					case '^':
					case '$':
						break;
					default:
						if (punctuation(c)) {
							return false;
						}
				}
			}
			return !inClass;
		}

		private static boolean punctuation(char c) {
			return TextIndex.PUNCTUATION.indexOf(c) >= 0;
		}
	}

	/** The literal ids of {@link #prefixes} in one scanner; null ids: the scanner does not know them all. */
	private record ScannerIds(LiteralScanner scanner, int[] ids) {
	}

	private volatile ScannerIds scannerIds;

	/** Where one of the literal prefixes occurs, from the text's literal scan; null when it was not scanned for them. */
	private int[] candidates(TextIndex index) {
		LiteralScanner scanner = index.literals();
		if (scanner == null) {
			return null;
		}
		int[] ids = prefixIds(scanner);
		return ids == null ? null : index.literalPositions(scanner, ids);
	}

	/** The literal ids of {@link #prefixes} in {@code scanner}, or null when it does not know them all. */
	private int[] prefixIds(LiteralScanner scanner) {
		ScannerIds known = scannerIds;
		if (known == null || known.scanner() != scanner) {
			int[] ids = new int[prefixes.length];
			for (int i = 0; i < prefixes.length && ids != null; i++) {
				ids[i] = scanner.id(prefixes[i]);
				// a scan that leaves out the starts after a word char knows them all only for a prefix at which no
				// match can start there
				if (ids[i] < 0 || !atWordStartOnly(prefixes[i]) && scanner.afterNonWordCharOnly(ids[i])) {
					ids = null;
				}
			}
			known = new ScannerIds(scanner, ids);
			scannerIds = known;
		}
		return known.ids();
	}

	/**
	 * Whether {@link #candidates} would not be empty: one of the literal prefixes occurs, or the text was not scanned
	 * for them (then every position is a candidate). No list is built.
	 */
	private boolean anyCandidate(TextIndex index) {
		LiteralScanner scanner = index.literals();
		if (scanner == null) {
			return true;
		}
		int[] ids = prefixIds(scanner);
		return ids == null || index.anyLiteralHit(scanner, ids);
	}

	/**
	 * The required literals as {@code id << 1 | wordStart} in {@code scanner} (see {@link TextIndex#lastLiteralHit}),
	 * or null when {@link RequiredLiterals#lastOccurrence} would not look at the scan (no required literals, or one
	 * the scanner does not know): then a match may start anywhere.
	 */
	int[] requiredCodes(LiteralScanner scanner) {
		return required == null ? null : required.codes(scanner);
	}

	/**
	 * The literal ids of the prefixes in {@code scanner}, or null when {@link #mayMatch} does not ask for them (no
	 * prefixes, or one the scanner does not know): then a match may start anywhere.
	 */
	int[] prefixIdsIn(LiteralScanner scanner) {
		return prefixes == null ? null : prefixIds(scanner);
	}

	/** The literal words every match starts with, or null when the analysis found none. */
	String[] prefixes() {
		return prefixes == null ? null : prefixes.clone();
	}

	/** Literals of which every match contains one, or null when the analysis found none. */
	String[] required() {
		return required == null ? null : required.literals.clone();
	}

	/**
	 * Whether no match can start where {@code prefix} starts right after an ASCII letter, digit or underscore: every
	 * branch starts with {@code \\b} and the prefix with an ASCII letter, digit or underscore (a char of the text
	 * that folds to one is a letter, digit or underscore too), or every branch starts with {@code \\b} and a word
	 * char ({@link #atWordStart}); {@code \\b} cannot hold between two word chars.
	 */
	private boolean atWordStartOnly(String prefix) {
		return !onPieces && atWordBoundary && (atWordStart || isAsciiWordChar(prefix.charAt(0)));
	}

	private static boolean isAsciiWordChar(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
	}

	/**
	 * Of {@link #scannedLiterals}, those this pattern may need where they start right after an ASCII letter, digit or
	 * underscore: its prefixes unless a match starts only where {@code \\b} can hold, and its required literals and
	 * its look-behind's that have no {@code \\b} right before them ({@link RequiredLiterals}). A literal that no
	 * pattern needs there is scanned for after non-word chars only ({@link LiteralScanner#afterNonWordCharOnly}).
	 */
	List<String> literalsAnywhere() {
		if (onPieces) {
			return scannedLiterals();
		}
		List<String> literals = new ArrayList<>();
		if (prefixes != null) {
			for (String prefix : prefixes) {
				if (!atWordStartOnly(prefix)) {
					literals.add(prefix);
				}
			}
		}
		if (required != null) {
			required.addAnywhere(literals);
		}
		if (behind != null) {
			behind.literals.addAnywhere(literals);
		}
		return literals;
	}

	/** Every literal this pattern wants from the post's one literal scan: its prefixes and its required literals. */
	List<String> scannedLiterals() {
		List<String> literals = new ArrayList<>();
		if (prefixes != null) {
			literals.addAll(List.of(prefixes));
		}
		if (required != null) {
			literals.addAll(List.of(required.literals));
		}
		if (behind != null) {
			literals.addAll(List.of(behind.literals.literals));
		}
		return literals;
	}

	private boolean startsWithPrefix(String text, int position, char folded) {
		String[] candidates = prefixesByFirstChar.get(folded);
		if (candidates == null) {
			return false;
		}
		for (String prefix : candidates) {
			if (text.regionMatches(ignoreCase, position, prefix, 0, prefix.length())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The literal words a pattern's branches start with, when every branch starts (after \\b) with two or more
	 * plain letters or digits, or with one plain symbol such as # ({@link #rareSymbol}):
	 * {@code \\b(?:no|not|never)\\s+...} gives no, not, never; a branch that starts with
	 * a group gives its branches' words ({@code (?:ER|(?:cardiac|stroke)\\s+unit)} gives ER, cardiac, stroke). Null
	 * otherwise.
	 */
	static final class LiteralPrefixes {

		private LiteralPrefixes() {
		}

		static String[] of(String regex) {
			java.util.List<String> prefixes = new java.util.ArrayList<>();
			for (String branch : topLevelBranches(regex)) {
				if (!collect(branch, prefixes)) {
					return null;
				}
			}
			return prefixes.isEmpty() ? null : prefixes.toArray(String[]::new);
		}

		private static boolean collect(String branch, java.util.List<String> prefixes) {
			String rest = withoutLeadingZeroWidth(branch);
			if (rest == null) {
				return false;
			}
			if (rest.startsWith("(?:")) {
				int close = closing(rest, 0);
				if (close < 0) {
					return false;
				}
				String after = rest.substring(close + 1);
				if (!after.isEmpty() && "?*{".indexOf(after.charAt(0)) >= 0) {
					return false;
				}
				// each inner branch may itself start with a group: (?:cardiac|stroke)\s+unit gives cardiac, stroke
				for (String inner : topLevelBranches(rest.substring(3, close))) {
					if (!collect(inner, prefixes)) {
						return false;
					}
				}
				return true;
			}
			List<String> literals = literals(rest);
			String literal = literals.get(0);
			if (literal.length() < 2 && !(literal.isEmpty() && rareSymbol(rest))) {
				return false;
			}
			if (literal.isEmpty()) {
				prefixes.add(rest.substring(0, 1));
			}
			else {
				prefixes.addAll(literals);
			}
			return true;
		}

		/**
		 * Whether the branch starts with one plain symbol (not a letter, digit, space or regex metacharacter, and not
		 * made optional or repeated from zero): {@code #\s?1} starts with "#". A single letter ("I", "a") is in almost
		 * every post; a symbol such as # or @ is rare, so it is worth a literal of its own.
		 */
		private static boolean rareSymbol(String rest) {
			if (rest.isEmpty()) {
				return false;
			}
			char c = rest.charAt(0);
			if (c >= 128 || Character.isLetterOrDigit(c) || Character.isWhitespace(c)
					|| "\\[](){}.*+?^$|".indexOf(c) >= 0) {
				return false;
			}
			return rest.length() == 1 || "?*{".indexOf(rest.charAt(1)) < 0;
		}

		/**
		 * The branch without the \\b and look-arounds it starts with ({@code (?<=^|[.!?]\\s)lost}: a match still starts
		 * at "lost", the look-behind only checks what stands before it); null when one cannot be read.
		 */
		private static String withoutLeadingZeroWidth(String branch) {
			String rest = branch;
			while (true) {
				if (rest.startsWith("\\b")) {
					rest = rest.substring(2);
				}
				else if (rest.startsWith("(?=") || rest.startsWith("(?!") || rest.startsWith("(?<=")
						|| rest.startsWith("(?<!")) {
					int close = closing(rest, 0);
					if (close < 0 || close + 1 < rest.length() && "?*+{".indexOf(rest.charAt(close + 1)) >= 0) {
						return null;
					}
					rest = rest.substring(close + 1);
				}
				else {
					return rest;
				}
			}
		}

		/** At most this many spellings of a branch's leading literal ({@link #literals}). */
		private static final int MAX_SPELLINGS = 16;

		/**
		 * The leading plain letters and digits, minus a last one made optional by a quantifier; a class of up to four
		 * plain letters or digits among them ({@code [dď]akujeme}, {@code a[cč]i[uū]}) gives one spelling per
		 * member, as long as there are at most {@link #MAX_SPELLINGS} (the literal ends before the class otherwise).
		 * Every spelling has the same length; one empty string when the branch starts with neither.
		 */
		private static List<String> literals(String s) {
			List<StringBuilder> spellings = new ArrayList<>(List.of(new StringBuilder()));
			int i = 0;
			while (i < s.length()) {
				char c = s.charAt(i);
				String options;
				int next;
				if (Character.isLetterOrDigit(c)) {
					options = String.valueOf(c);
					next = i + 1;
				}
				else if (c == '[') {
					int close = s.indexOf(']', i + 1);
					options = close < 0 ? "" : s.substring(i + 1, close);
					if (options.isEmpty() || options.length() > 4
							|| !options.chars().allMatch(Character::isLetterOrDigit)) {
						break;
					}
					next = close + 1;
				}
				else {
					break;
				}
				// a char or class made optional or repeatable from zero is not part of every match's start
				if (next < s.length() && "?*{".indexOf(s.charAt(next)) >= 0
						|| spellings.size() * options.length() > MAX_SPELLINGS) {
					break;
				}
				List<StringBuilder> longer = new ArrayList<>(spellings.size() * options.length());
				for (StringBuilder spelling : spellings) {
					for (int k = 0; k < options.length(); k++) {
						longer.add(new StringBuilder(spelling).append(options.charAt(k)));
					}
				}
				spellings = longer;
				i = next;
			}
			return spellings.stream().map(StringBuilder::toString).distinct().toList();
		}

		private static java.util.List<String> topLevelBranches(String regex) {
			java.util.List<String> branches = new java.util.ArrayList<>();
			int depth = 0;
			int start = 0;
			boolean inClass = false;
			for (int i = 0; i < regex.length(); i++) {
				char c = regex.charAt(i);
				if (c == '\\') {
					i++;
				}
				else if (inClass) {
					inClass = c != ']';
				}
				else if (c == '[') {
					inClass = true;
				}
				else if (c == '(') {
					depth++;
				}
				else if (c == ')') {
					depth--;
				}
				else if (c == '|' && depth == 0) {
					branches.add(regex.substring(start, i));
					start = i + 1;
				}
			}
			branches.add(regex.substring(start));
			return branches;
		}

		private static int closing(String s, int open) {
			int depth = 0;
			boolean inClass = false;
			for (int i = open; i < s.length(); i++) {
				char c = s.charAt(i);
				if (c == '\\') {
					i++;
				}
				else if (inClass) {
					inClass = c != ']';
				}
				else if (c == '[') {
					inClass = true;
				}
				else if (c == '(') {
					depth++;
				}
				else if (c == ')' && --depth == 0) {
					return i;
				}
			}
			return -1;
		}
	}

	static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}

	/** Works out the (case-folded) characters a match can start with; null when it cannot tell. */
	static final class FirstChars {

		private static final class Unsupported extends RuntimeException {

			Unsupported() {
				super(null, null, false, false);
			}
		}

		/** What one piece of the pattern contributes: the chars it can start with (null: any), whether it may be empty. */
		private record Start(BitSet chars, boolean nullable) {
		}

		private final String re;
		private int pos;
		private int depth;
		private final boolean fold;
		private BitSet result;
		/** Every top-level branch begins with \\b: a match can only start where a word starts or ends. */
		private boolean everyBranchStartsWithWordBoundary = true;

		private FirstChars(String re, boolean fold) {
			this.re = re;
			this.fold = fold;
		}

		/** Folded first chars (see {@link TextIndex#fold}), or null. */
		static BitSet of(String regex) {
			FirstChars analysis = analyse(regex, true);
			return analysis == null ? null : analysis.result;
		}

		/** The exact first chars of a case-sensitive pattern (a capital stays a capital), or null. */
		static BitSet exact(String regex) {
			FirstChars analysis = analyse(regex, false);
			return analysis == null ? null : analysis.result;
		}

		static FirstChars analyse(String regex, boolean fold) {
			try {
				FirstChars parser = new FirstChars(regex, fold);
				Start start = parser.alternation();
				if (parser.pos != regex.length() || start.nullable() || start.chars() == null
						|| start.chars().isEmpty()) {
					return null;
				}
				parser.result = start.chars();
				return parser;
			}
			catch (Unsupported | IndexOutOfBoundsException e) {
				return null;
			}
		}

		private Start alternation() {
			BitSet chars = new BitSet();
			boolean any = false;
			boolean nullable = false;
			while (true) {
				Start branch = sequence();
				if (branch.chars() == null) {
					any = true;
				}
				else {
					chars.or(branch.chars());
				}
				nullable |= branch.nullable();
				if (pos < re.length() && re.charAt(pos) == '|') {
					pos++;
					continue;
				}
				return new Start(any ? null : chars, nullable);
			}
		}

		private Start sequence() {
			BitSet chars = new BitSet();
			boolean any = false;
			boolean collecting = true;
			// a quantified \b ("\b?", "\b{g}" is another construct) does not have to hold
			if (depth == 0 && (!re.startsWith("\\b", pos)
					|| pos + 2 < re.length() && "?*+{".indexOf(re.charAt(pos + 2)) >= 0)) {
				everyBranchStartsWithWordBoundary = false;
			}
			while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
				Start atom = atom();
				if (quantifier()) {
					atom = new Start(atom.chars(), true);
				}
				if (collecting) {
					if (atom.chars() == null) {
						any = true;
					}
					else {
						chars.or(atom.chars());
					}
					collecting = atom.nullable();
				}
			}
			return new Start(any ? null : chars, collecting);
		}

		/** Consumes a quantifier if there is one; true when it allows zero repetitions. */
		private boolean quantifier() {
			if (pos >= re.length()) {
				return false;
			}
			char c = re.charAt(pos);
			boolean zero;
			if (c == '?' || c == '*') {
				pos++;
				zero = true;
			}
			else if (c == '+') {
				pos++;
				zero = false;
			}
			else if (c == '{') {
				int close = re.indexOf('}', pos);
				String body = re.substring(pos + 1, close);
				if (!body.matches("\\d+(,\\d*)?")) {
					throw new Unsupported();
				}
				zero = Integer.parseInt(body.split(",")[0]) == 0;
				pos = close + 1;
			}
			else {
				return false;
			}
			if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
				pos++;
			}
			return zero;
		}

		private Start atom() {
			char c = re.charAt(pos);
			switch (c) {
				case '(':
					return group();
				case '[':
					return new Start(charClass(), false);
				case '.':
					pos++;
					return new Start(null, false);
				case '^', '$':
					pos++;
					return new Start(new BitSet(), true);
				case '\\':
					return escape();
				case '*', '+', '?', '{':
					throw new Unsupported();
				default:
					pos++;
					return new Start(single(c), false);
			}
		}

		private Start group() {
			pos++;
			boolean zeroWidth = isLookAround(re, pos);
			pos = groupBody(re, pos);
			if (pos < 0) {
				throw new Unsupported();
			}
			depth++;
			Start inner = alternation();
			depth--;
			if (re.charAt(pos) != ')') {
				throw new Unsupported();
			}
			pos++;
			return zeroWidth ? new Start(new BitSet(), true) : inner;
		}

		private Start escape() {
			char e = re.charAt(pos + 1);
			pos += 2;
			if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G') {
				return new Start(new BitSet(), true);
			}
			if (e == 'd') {
				return new Start(digits(), false);
			}
			if (e == 's' || e == 'S' || e == 'w' || e == 'W' || e == 'D' || e == 'h' || e == 'H' || e == 'v'
					|| e == 'V' || e == 'R' || e == 'X') {
				return new Start(null, false);
			}
			if (e == 'p' || e == 'P') {
				skipProperty();
				return new Start(null, false);
			}
			int control = "ntrfae".indexOf(e);
			if (control >= 0) {
				return new Start(single("\n\t\r\f\u001B\u0007".charAt(control)), false);
			}
			if (e == 'x' || e == 'u') {
				int code = code(e);
				return new Start(matchedBy(code, code), false);
			}
			if (Character.isLetterOrDigit(e)) {
				throw new Unsupported();
			}
			return new Start(single(e), false);
		}

		private void skipProperty() {
			if (re.charAt(pos) == '{') {
				pos = re.indexOf('}', pos) + 1;
			}
			else {
				pos++;
			}
		}

		/**
		 * The code of a char written {@code \\x{h...h}}, {@code \\xhh} or {@code \\uhhhh}, read from {@link #pos}
		 * (just after the {@code x} or {@code u}); a char outside the BMP is not supported.
		 */
		private int code(char escape) {
			String hex;
			if (escape == 'x' && re.charAt(pos) == '{') {
				int close = re.indexOf('}', pos);
				hex = re.substring(pos + 1, close);
				pos = close + 1;
			}
			else {
				int digits = escape == 'x' ? 2 : 4;
				hex = re.substring(pos, pos + digits);
				pos += digits;
			}
			if (hex.isEmpty() || hex.length() > 6 || !hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
				throw new Unsupported();
			}
			int code = Integer.parseInt(hex, 16);
			if (code > Character.MAX_VALUE || Character.isSurrogate((char) code)) {
				throw new Unsupported();
			}
			return code;
		}

		/**
		 * Every BMP char the range {@code [from-to]} (written by code) matches, as the regex engine decides it (with
		 * {@code CASE_INSENSITIVE | UNICODE_CASE} when folding: a case-insensitive class matches the chars whose upper
		 * or lower case is in the range, a wider set than the range's folds); folded when folding. No supplementary
		 * char's case mapping is in the BMP ({@code FastPatternTest}), so a BMP range matches none.
		 */
		private BitSet matchedBy(int from, int to) {
			if (to < from) {
				throw new Unsupported();
			}
			Matcher m = Pattern.compile(String.format("[\\x{%X}-\\x{%X}]", from, to),
					fold ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0).matcher("");
			BitSet chars = new BitSet();
			for (int c = 0; c <= Character.MAX_VALUE; c++) {
				if (!Character.isSurrogate((char) c) && m.reset(String.valueOf((char) c)).matches()) {
					chars.set(fold ? TextIndex.fold((char) c) : c);
				}
			}
			return chars;
		}

		/** The chars a class can match, or null for "too many to say" (negated classes, \\w, \\p{..}). */
		private BitSet charClass() {
			pos++;
			boolean negated = re.charAt(pos) == '^';
			if (negated) {
				pos++;
			}
			BitSet chars = new BitSet();
			boolean any = negated;
			boolean first = true;
			while (re.charAt(pos) != ']' || first) {
				first = false;
				char c = re.charAt(pos);
				if (c == '[' || re.startsWith("&&", pos)) {
					throw new Unsupported();
				}
				if (c == '\\') {
					char e = re.charAt(pos + 1);
					pos += 2;
					if (e == 'd') {
						chars.or(digits());
						continue;
					}
					if (e == 'x' || e == 'u') {
						// a char by its code, perhaps the start of a range of them ("[\\x{0370}-\\x{03FF}]")
						int from = code(e);
						int to = from;
						if (re.charAt(pos) == '-' && re.startsWith("\\", pos + 1)
								&& (re.charAt(pos + 2) == 'x' || re.charAt(pos + 2) == 'u')) {
							pos += 3;
							to = code(re.charAt(pos - 1));
						}
						else if (re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
							throw new Unsupported();
						}
						chars.or(matchedBy(from, to));
						continue;
					}
					if (e == 'p' || e == 'P') {
						skipProperty();
						any = true;
						continue;
					}
					if (Character.isLetterOrDigit(e)) {
						any = true;
						continue;
					}
					c = e;
				}
				else {
					pos++;
				}
				if (re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
					char to = re.charAt(pos + 1);
					if (to == '\\' || to - c > 512 || to < c) {
						throw new Unsupported();
					}
					pos += 2;
					for (char r = c; r <= to; r++) {
						chars.or(single(r));
					}
				}
				else {
					chars.or(single(c));
				}
			}
			pos++;
			return any ? null : chars;
		}

		private static BitSet digits() {
			BitSet digits = new BitSet();
			digits.set('0', '9' + 1);
			return digits;
		}

		private BitSet single(char c) {
			BitSet set = new BitSet();
			set.set(fold ? TextIndex.fold(c) : c);
			return set;
		}
	}

	/**
	 * Literals of which every match of a pattern contains at least one: {@code \\b(?:my|the)\\s+(?:[\\w-]+\\s+){0,2}?pain\\s+
	 * (?:is|was)\\s+(?:gone|cured)} cannot match a post without "gone" or "cured" in it. Worked out once from the
	 * expression: of the pieces every match must contain (a run of literal characters, or a group that is not optional
	 * and each of whose branches has such a piece), the one with the longest shortest literal. The post's one literal
	 * scan then says whether any of them occurs; if none does, the pattern is not tried at all (however common the word
	 * it starts with). A literal right after \\b is only counted where no ASCII letter, digit or underscore stands
	 * before it (\\b could not hold there). Whatever the analysis does not understand (inline flags, \\Q...\\E) gives
	 * no required literals: the pattern is then always tried.
	 */
	static final class RequiredLiterals {

		private static final class Unsupported extends RuntimeException {

			Unsupported() {
				super(null, null, false, false);
			}
		}

		/** One literal; {@code atStart}: it begins where its sequence begins; {@code wordStart}: \\b stands before it. */
		private record Literal(String text, boolean atStart, boolean wordStart) {
		}

		private static final int MIN_LENGTH = 2;

		private final String[] literals;
		private final boolean[] wordStart;

		/** The literals' ids in one scanner (null: the scanner does not know them all). */
		private record Ids(LiteralScanner scanner, int[] ids) {
		}

		private volatile Ids ids;

		private RequiredLiterals(List<Literal> found) {
			this.literals = new String[found.size()];
			this.wordStart = new boolean[found.size()];
			for (int i = 0; i < found.size(); i++) {
				literals[i] = found.get(i).text();
				wordStart[i] = found.get(i).wordStart() && isAsciiWordChar(literals[i].charAt(0));
			}
		}

		static RequiredLiterals of(String regex, int flags) {
			// canonical equivalence matches other spellings of a char than the one written
			if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
				return null;
			}
			try {
				Parser parser = new Parser(regex);
				List<Literal> found = parser.alternation();
				// a literal of one letter or common mark ("I", ",") is in almost every post: not worth looking for;
				// one of the rarer symbols ("-" of "123-45-6789", "/" of a date) is
				if (parser.pos != regex.length() || found == null || found.isEmpty()
						|| found.stream().anyMatch(l -> l.text().length() < MIN_LENGTH && !rareSymbol(l.text()))) {
					return null;
				}
				return new RequiredLiterals(found);
			}
			catch (Unsupported | IndexOutOfBoundsException | NumberFormatException e) {
				return null;
			}
		}

		/** Symbols few posts hold more than a few of: as a required literal each prunes where a pattern is tried. */
		private static final String RARE_SYMBOLS = "-/@#%&+=";

		private static boolean rareSymbol(String literal) {
			return literal.length() == 1 && RARE_SYMBOLS.indexOf(literal.charAt(0)) >= 0;
		}

		/**
		 * The same literals, each counted wherever it starts (none as only after \\b): for a pattern also matched on
		 * pieces of the text, where \\b holds at a piece's start. Null for null.
		 */
		static RequiredLiterals anywhere(RequiredLiterals required) {
			if (required == null) {
				return null;
			}
			List<Literal> found = new ArrayList<>(required.literals.length);
			for (String literal : required.literals) {
				found.add(new Literal(literal, false, false));
			}
			return new RequiredLiterals(found);
		}

		/** Adds the literals that count wherever they start (no \\b before them) to {@code literals}. */
		void addAnywhere(List<String> literals) {
			for (int i = 0; i < this.literals.length; i++) {
				if (!wordStart[i]) {
					literals.add(this.literals[i]);
				}
			}
		}

		/** The required literals of a regular expression (for tests), or null. */
		static String[] in(String regex) {
			RequiredLiterals required = of(regex, 0);
			return required == null ? null : required.literals;
		}

		/**
		 * Where the last of these literals starts in the text (where it could match): a match contains one, so it
		 * starts there or before. -1 when none occurs; {@link Integer#MAX_VALUE} when the text was not scanned for
		 * them.
		 */
		int lastOccurrence(TextIndex index) {
			LiteralScanner scanner = index.literals();
			if (scanner == null) {
				return Integer.MAX_VALUE;
			}
			int[] known = ids(scanner);
			if (known == null) {
				return Integer.MAX_VALUE;
			}
			// a literal after \b counts only where no ASCII letter, digit or underscore stands before it
			return index.lastLiteralHit(scanner, known, wordStart);
		}

		/** The literals' ids in {@code scanner}, remembered for {@link #positions}; null when it does not know them all. */
		private int[] ids(LiteralScanner scanner) {
			Ids known = ids;
			if (known == null || known.scanner() != scanner) {
				int[] resolved = new int[literals.length];
				for (int i = 0; i < literals.length && resolved != null; i++) {
					resolved[i] = scanner.id(literals[i]);
					// a literal without \b before it needs every start, also those after a word char
					if (resolved[i] < 0 || !wordStart[i] && scanner.afterNonWordCharOnly(resolved[i])) {
						resolved = null;
					}
				}
				known = new Ids(scanner, resolved);
				ids = known;
			}
			return known.ids();
		}

		/** The literals' ids in {@code scanner} as {@code id << 1 | wordStart}, or null when it does not know them all. */
		int[] codes(LiteralScanner scanner) {
			// resolved through ids(): positions() reads the same ids for the punctuation check
			int[] known = ids(scanner);
			if (known == null) {
				return null;
			}
			int[] codes = new int[literals.length];
			for (int i = 0; i < literals.length; i++) {
				codes[i] = known[i] << 1 | (wordStart[i] ? 1 : 0);
			}
			return codes;
		}

		/** Where any of these literals starts, ascending; null when the text was not scanned for them. */
		int[] positions(TextIndex index) {
			LiteralScanner scanner = index.literals();
			int[] known = scanner == null ? null : ids(scanner);
			return known == null ? null : index.literalPositions(scanner, known);
		}

		private static boolean isAsciiWordChar(char c) {
			return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
		}

		/** The better of two candidate sets: the longer shortest literal, then the fewer literals. */
		private static List<Literal> better(List<Literal> a, List<Literal> b) {
			if (b == null || b.isEmpty()) {
				return a;
			}
			if (a == null) {
				return b;
			}
			int minA = a.stream().mapToInt(l -> l.text().length()).min().orElse(0);
			int minB = b.stream().mapToInt(l -> l.text().length()).min().orElse(0);
			return minB > minA || minB == minA && b.size() < a.size() ? b : a;
		}

		private static final class Parser {

			private final String re;
			private int pos;

			Parser(String re) {
				this.re = re;
			}

			/** The required literals of an alternation: one set per branch, united; null if a branch has none. */
			List<Literal> alternation() {
				List<Literal> all = new ArrayList<>();
				boolean none = false;
				while (true) {
					List<Literal> branch = sequence();
					if (branch == null) {
						none = true;
					}
					else {
						all.addAll(branch);
					}
					if (pos < re.length() && re.charAt(pos) == '|') {
						pos++;
						continue;
					}
					return none ? null : all;
				}
			}

			private List<Literal> sequence() {
				List<Literal> best = null;
				Run run = new Run();
				boolean runAtStart = false;
				boolean runWordStart = false;
				// nothing consumed yet in this sequence; the last piece was \b
				boolean atStart = true;
				boolean boundary = false;
				while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
					List<String> members = smallClass();
					if (members == null) {
						members = wordGroup();
					}
					if (members != null) {
						// a class of a few letters ("V[aä]ster[aå]s") or a group of a few words ("K(?:ö|oe?)ln"): the
						// run goes on in one spelling per letter or word
						int min = quantifier();
						if (min == 0 || !run.canTake(members)) {
							best = better(best, run(run, runAtStart, runWordStart));
						}
						else {
							if (run.isEmpty()) {
								runAtStart = atStart;
								runWordStart = boundary;
							}
							run.append(members);
							if (min > 0) {
								best = better(best, run(run, runAtStart, runWordStart));
							}
						}
						atStart = false;
						boundary = false;
						continue;
					}
					int literal = literalChar();
					if (literal >= 0) {
						int min = quantifier();
						if (min == 0) {
							best = better(best, run(run, runAtStart, runWordStart));
						}
						else {
							if (run.isEmpty()) {
								runAtStart = atStart;
								runWordStart = boundary;
							}
							run.append(List.of(String.valueOf((char) literal)));
							if (min > 0) {
								// "ab+c": what follows the repeated char is not next to the run
								best = better(best, run(run, runAtStart, runWordStart));
							}
						}
						atStart = false;
						boundary = false;
						continue;
					}
					best = better(best, run(run, runAtStart, runWordStart));
					char c = re.charAt(pos);
					if (c == '\\' && (re.charAt(pos + 1) == 'b' || re.charAt(pos + 1) == 'B')) {
						boundary = re.charAt(pos + 1) == 'b';
						pos += 2;
						if (quantifier() != -1) {
							throw new Unsupported();
						}
						continue;
					}
					if (c == '^' || c == '$') {
						pos++;
						boundary = false;
						if (quantifier() != -1) {
							throw new Unsupported();
						}
						continue;
					}
					if (c == '(') {
						boolean lookaround = re.startsWith("(?=", pos) || re.startsWith("(?!", pos)
								|| re.startsWith("(?<=", pos) || re.startsWith("(?<!", pos);
						if (lookaround) {
							pos += re.charAt(pos + 2) == '<' ? 4 : 3;
							alternation();
							expect(')');
							quantifier();
							boundary = false;
							continue;
						}
						if (re.startsWith("(?:", pos)) {
							pos += 3;
						}
						else if (re.startsWith("(?<", pos)) {
							int close = re.indexOf('>', pos);
							if (close < 0) {
								throw new Unsupported();
							}
							pos = close + 1;
						}
						else if (re.startsWith("(?-i:", pos)) {
							// case-insensitivity off inside: a literal in it occurs in the text exactly as written, so
							// the case-insensitive literal scan finds it too
							pos += 5;
						}
						else if (re.startsWith("(?", pos)) {
							// inline flags, atomic groups...
							throw new Unsupported();
						}
						else {
							pos++;
						}
						List<Literal> inner = alternation();
						expect(')');
						int min = quantifier();
						if (min != 0 && inner != null) {
							List<Literal> group = new ArrayList<>(inner.size());
							for (Literal l : inner) {
								group.add(new Literal(l.text(), l.atStart() && atStart,
										l.wordStart() || l.atStart() && boundary));
							}
							best = better(best, group);
						}
						atStart = false;
						boundary = false;
						continue;
					}
					otherAtom();
					quantifier();
					atStart = false;
					boundary = false;
				}
				return better(best, run(run, runAtStart, runWordStart));
			}

			/** At most this many spellings of one run of literal chars and small classes. */
			private static final int MAX_SPELLINGS = 16;

			/**
			 * A run of literal chars in each of its spellings (one per letter of each small class and per word of each
			 * word group in it); the run is empty when its first spelling is (every spelling is as long or longer).
			 */
			private static final class Run {

				private List<StringBuilder> spellings = new ArrayList<>(List.of(new StringBuilder()));

				boolean isEmpty() {
					return spellings.get(0).isEmpty();
				}

				boolean canTake(List<String> options) {
					return spellings.size() * options.size() <= MAX_SPELLINGS;
				}

				/** Each spelling followed by each of the options (non-empty). */
				void append(List<String> options) {
					if (options.size() == 1) {
						spellings.forEach(spelling -> spelling.append(options.get(0)));
						return;
					}
					List<StringBuilder> longer = new ArrayList<>(spellings.size() * options.size());
					for (StringBuilder spelling : spellings) {
						for (String option : options) {
							longer.add(new StringBuilder(spelling).append(option));
						}
					}
					spellings = longer;
				}

				/** The spellings, and empties the run. */
				List<String> take() {
					List<String> taken = spellings.stream().map(StringBuilder::toString).distinct().toList();
					spellings = new ArrayList<>(List.of(new StringBuilder()));
					return taken;
				}
			}

			/** The run as a set of one literal per spelling, and empties it. */
			private static List<Literal> run(Run run, boolean atStart, boolean wordStart) {
				if (run.isEmpty()) {
					return null;
				}
				List<Literal> set = new ArrayList<>();
				for (String spelling : run.take()) {
					set.add(new Literal(spelling, atStart, wordStart));
				}
				return set;
			}

			/**
			 * The members of a class of up to four letters or digits, written plainly ({@code [aä]}, not a range, a
			 * negation or an escape), consumed; null (nothing consumed) for anything else.
			 */
			private List<String> smallClass() {
				if (re.charAt(pos) != '[') {
					return null;
				}
				int close = re.indexOf(']', pos + 1);
				String members = close < 0 ? "" : re.substring(pos + 1, close);
				if (members.isEmpty() || members.length() > 4 || !members.chars().allMatch(Parser::plain)) {
					return null;
				}
				pos = close + 1;
				return members.chars().mapToObj(c -> String.valueOf((char) c)).toList();
			}

			/** A letter or digit of the BMP, as a regular expression matches it (no metacharacter). */
			private static boolean plain(int c) {
				return Character.isLetterOrDigit(c) && !Character.isSurrogate((char) c);
			}

			/**
			 * The words of a group of up to four plain words, each perhaps with its last letter optional
			 * ({@code (?:ö|oe?)}: "ö", "o", "oe"), consumed; null (nothing consumed) for anything else.
			 */
			private List<String> wordGroup() {
				if (!re.startsWith("(?:", pos)) {
					return null;
				}
				int close = re.indexOf(')', pos + 3);
				if (close < 0) {
					return null;
				}
				List<String> words = new ArrayList<>();
				for (String branch : re.substring(pos + 3, close).split("\\|", -1)) {
					boolean optionalLast = branch.endsWith("?");
					String word = optionalLast ? branch.substring(0, branch.length() - 1) : branch;
					if (word.isEmpty() || !word.chars().allMatch(Parser::plain) || optionalLast && word.length() < 2) {
						return null;
					}
					words.add(word);
					if (optionalLast) {
						words.add(word.substring(0, word.length() - 1));
					}
				}
				if (words.size() > 4) {
					return null;
				}
				pos = close + 1;
				return words;
			}

			/**
			 * A literal char (consumed), or -1 (nothing consumed). A char outside the BMP is not one: the scan folds
			 * chars one by one, regular expressions fold its code point.
			 */
			private int literalChar() {
				char c = re.charAt(pos);
				if (Character.isSurrogate(c)) {
					return -1;
				}
				if (c == '\\') {
					char e = re.charAt(pos + 1);
					if (e < 128 && !Character.isLetterOrDigit(e)) {
						pos += 2;
						return e;
					}
					return -1;
				}
				if ("^$.|?*+()[]{}".indexOf(c) >= 0) {
					return -1;
				}
				pos++;
				return c;
			}

			/** Consumes a quantifier: its minimum, or -1 when there is none. */
			private int quantifier() {
				if (pos >= re.length()) {
					return -1;
				}
				char c = re.charAt(pos);
				int min;
				if (c == '?' || c == '*') {
					pos++;
					min = 0;
				}
				else if (c == '+') {
					pos++;
					min = 1;
				}
				else if (c == '{') {
					int close = re.indexOf('}', pos);
					String body = close < 0 ? "" : re.substring(pos + 1, close);
					if (!body.matches("\\d+(,\\d*)?")) {
						throw new Unsupported();
					}
					min = Integer.parseInt(body.split(",")[0]);
					pos = close + 1;
				}
				else {
					return -1;
				}
				if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
					pos++;
				}
				return min;
			}

			private void expect(char c) {
				if (pos >= re.length() || re.charAt(pos) != c) {
					throw new Unsupported();
				}
				pos++;
			}

			/** Consumes an atom that is not a literal char: a class, ".", or an escape such as \d, \p{L}, \1. */
			private void otherAtom() {
				char c = re.charAt(pos);
				if (c == '.' || Character.isSurrogate(c)) {
					pos++;
				}
				else if (c == '[') {
					skipClass();
				}
				else if (c == '\\') {
					char e = re.charAt(pos + 1);
					pos += 2;
					if ("dDsSwWhHvVRXntrfae".indexOf(e) >= 0) {
						return;
					}
					if (e == 'p' || e == 'P') {
						if (re.charAt(pos) == '{') {
							pos = re.indexOf('}', pos) + 1;
							if (pos == 0) {
								throw new Unsupported();
							}
						}
						else {
							pos++;
						}
						return;
					}
					if (e >= '1' && e <= '9') {
						while (pos < re.length() && Character.isDigit(re.charAt(pos))) {
							pos++;
						}
						return;
					}
					throw new Unsupported();
				}
				else {
					// a quantifier without an atom, a stray brace
					throw new Unsupported();
				}
			}

			private void skipClass() {
				pos = endOfClass(re, pos);
			}
		}
	}

	/**
	 * A pattern {@code (?<=X)Y} that starts with a positive look-behind (one top-level branch, the look-behind not
	 * quantified): a match can only start right after a match of X, and when every match of X contains one of X's
	 * required literals ({@link RequiredLiterals}) and a match of X spans at most {@link #maxLength} chars, only within
	 * {@code maxLength} chars after where one of those literals starts. A pattern whose first chars are not known
	 * ({@code (?<=\\bread\\sthe\\s)\\p{Lu}...}) then tries those positions instead of running {@code find()} over
	 * the whole text: {@code find()} finds a match at a position exactly when the position's attempt succeeds, and
	 * every position where the look-behind holds is tried.
	 */
	static final class Behind {

		final RequiredLiterals literals;
		final int maxLength;

		private Behind(RequiredLiterals literals, int maxLength) {
			this.literals = literals;
			this.maxLength = maxLength;
		}

		/** The look-behind a pattern starts with, when its literals and reach are known; null otherwise. */
		static Behind of(String regex, int flags) {
			if (!regex.startsWith("(?<=")) {
				return null;
			}
			int close = LiteralPrefixes.closing(regex, 0);
			if (close < 0 || close + 1 < regex.length() && "?*+{".indexOf(regex.charAt(close + 1)) >= 0
					|| LiteralPrefixes.topLevelBranches(regex).size() != 1) {
				return null;
			}
			String inner = regex.substring(4, close);
			RequiredLiterals literals = RequiredLiterals.of(inner, flags);
			int max = MaxLength.of(inner, flags);
			return literals == null || max < 0 ? null : new Behind(literals, max);
		}

		/**
		 * Every position at or before {@code lastStart} that lies within {@link #maxLength} chars after the start of
		 * one of the look-behind's literals (past its first char), ascending; null when the text was not scanned for
		 * them.
		 */
		int[] candidates(TextIndex index, int lastStart) {
			int[] at = literals.positions(index);
			if (at == null) {
				return null;
			}
			int end = Math.min(lastStart, index.text().length());
			int[] positions = new int[Math.min(at.length * maxLength, end + 1)];
			int n = 0;
			int next = 0;
			for (int start : at) {
				for (int p = Math.max(start + 1, next); p <= start + maxLength && p <= end; p++) {
					positions[n++] = p;
				}
				next = Math.max(next, start + maxLength + 1);
			}
			return n == positions.length ? positions : java.util.Arrays.copyOf(positions, n);
		}
	}

	/**
	 * An upper bound of how many chars a match of an expression can span, for {@link Behind}: a literal char of the
	 * BMP spans one, any class, property, escape such as \\s or "." two (a supplementary char is two chars), \\b,
	 * anchors and look-arounds none; quantifiers multiply by their maximum. -1 for whatever it does not read (an
	 * unbounded quantifier, a back-reference, inline flags other than {@code (?-i:}, \\Q, \\X).
	 */
	static final class MaxLength {

		private static final class Unsupported extends RuntimeException {

			Unsupported() {
				super(null, null, false, false);
			}
		}

		private final String re;
		private int pos;

		private MaxLength(String re) {
			this.re = re;
		}

		static int of(String regex, int flags) {
			if ((flags & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
				return -1;
			}
			try {
				MaxLength parser = new MaxLength(regex);
				int max = parser.alternation();
				return parser.pos == regex.length() ? max : -1;
			}
			catch (Unsupported | IndexOutOfBoundsException | NumberFormatException e) {
				return -1;
			}
		}

		private int alternation() {
			int max = 0;
			while (true) {
				max = Math.max(max, sequence());
				if (pos < re.length() && re.charAt(pos) == '|') {
					pos++;
					continue;
				}
				return max;
			}
		}

		private int sequence() {
			long sum = 0;
			while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
				long atom = atom();
				sum += atom * quantifier();
				if (sum > 10_000) {
					throw new Unsupported();
				}
			}
			return (int) sum;
		}

		/** Consumes a quantifier if there is one: its maximum (1 without one). */
		private int quantifier() {
			if (pos >= re.length()) {
				return 1;
			}
			char c = re.charAt(pos);
			int max;
			if (c == '?') {
				pos++;
				max = 1;
			}
			else if (c == '*' || c == '+') {
				throw new Unsupported();
			}
			else if (c == '{') {
				int close = re.indexOf('}', pos);
				String body = re.substring(pos + 1, close);
				if (!body.matches("\\d+(,\\d+)?")) {
					throw new Unsupported();
				}
				String[] bounds = body.split(",");
				max = Integer.parseInt(bounds[bounds.length - 1]);
				pos = close + 1;
			}
			else {
				return 1;
			}
			if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
				pos++;
			}
			return max;
		}

		private int atom() {
			char c = re.charAt(pos);
			switch (c) {
				case '(': {
					pos++;
					boolean zeroWidth = isLookAround(re, pos);
					pos = groupBody(re, pos);
					if (pos < 0) {
						throw new Unsupported();
					}
					int inner = alternation();
					if (re.charAt(pos) != ')') {
						throw new Unsupported();
					}
					pos++;
					return zeroWidth ? 0 : inner;
				}
				case '[':
					skipClass();
					return 2;
				case '.':
					pos++;
					return 2;
				case '^', '$':
					pos++;
					return 0;
				case '\\': {
					char e = re.charAt(pos + 1);
					pos += 2;
					if ("bBAzZG".indexOf(e) >= 0) {
						return 0;
					}
					if ("dDsSwWhHvVR".indexOf(e) >= 0) {
						return 2;
					}
					if (e == 'p' || e == 'P') {
						if (re.charAt(pos) == '{') {
							int close = re.indexOf('}', pos);
							if (close < 0) {
								throw new Unsupported();
							}
							pos = close + 1;
						}
						else {
							pos++;
						}
						return 2;
					}
					if (e == 'x' || e == 'u') {
						// a char by its code: perhaps outside the BMP
						if (e == 'x' && re.charAt(pos) == '{') {
							pos = re.indexOf('}', pos) + 1;
							if (pos == 0) {
								throw new Unsupported();
							}
						}
						else {
							pos += e == 'x' ? 2 : 4;
						}
						return 2;
					}
					if ("ntrfae".indexOf(e) >= 0) {
						return 1;
					}
					if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) {
						// back-references, \\Q, \\k, \\c, \\X, \\N...
						throw new Unsupported();
					}
					return 1;
				}
				case '*', '+', '?', '{':
					throw new Unsupported();
				default:
					// a char of the BMP, or one half of a supplementary char written in the pattern
					pos++;
					return 1;
			}
		}

		private void skipClass() {
			pos = endOfClass(re, pos);
		}
	}

	/**
	 * Where the body of a group starts, {@code pos} being right after its {@code (}: past "?:", a look-around's "?=",
	 * "?!", "?<=" or "?<!", a name's "?<name>", or "?-i:" (case-insensitivity turned off inside, "(?-i:\\p{Lu})": what
	 * the group matches is then a subset of what it matches folded, and in a case-sensitive pattern it changes nothing);
	 * -1 for any other inline flag, which the analyses do not read.
	 */
	static int groupBody(String re, int pos) {
		if (re.startsWith("?:", pos) || re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
			return pos + 2;
		}
		if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
			return pos + 3;
		}
		if (re.startsWith("?-i:", pos)) {
			return pos + 4;
		}
		if (re.startsWith("?<", pos)) {
			return re.indexOf('>', pos) + 1;
		}
		return re.startsWith("?", pos) ? -1 : pos;
	}

	/** Whether the group whose {@code (} is right before {@code pos} is a look-ahead or a look-behind (zero width). */
	static boolean isLookAround(String re, int pos) {
		return re.startsWith("?=", pos) || re.startsWith("?!", pos) || re.startsWith("?<=", pos)
				|| re.startsWith("?<!", pos);
	}

	/**
	 * The position right after the character class that opens at {@code open} (its {@code [}), nested classes and
	 * escapes included; a leading {@code ^} and a {@code ]} right after the opening are the class's own chars.
	 */
	static int endOfClass(String re, int open) {
		int depth = 0;
		int pos = open + 1;
		if (re.charAt(pos) == '^') {
			pos++;
		}
		if (re.charAt(pos) == ']') {
			pos++;
		}
		while (true) {
			char c = re.charAt(pos);
			if (c == '\\') {
				pos += 2;
			}
			else if (c == '[') {
				depth++;
				pos++;
			}
			else if (c == ']') {
				pos++;
				if (depth-- == 0) {
					return pos;
				}
			}
			else {
				pos++;
			}
		}
	}
}
