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
 * {@link TextIndex#positionsOf}, or only the word starts for patterns beginning with \\b) are tried. The result is exactly {@code find()}'s: leftmost matches, not
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

	private FastPattern(Pattern pattern, char[] firstChars, boolean atWordBoundary, BitSet exactFirstChars,
			String[] prefixes) {
		this.pattern = pattern;
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
				chars != null && exact != null ? exact.result : null, chars == null ? null : LiteralPrefixes.of(regex));
	}

	Pattern pattern() {
		return pattern;
	}

	/** Whether the analysis found where matches can start (for tests). */
	boolean filtered() {
		return firstChars != null;
	}

	void forEachMatch(TextIndex index, Consumer<MatchResult> action) {
		String text = index.text();
		int[] candidates = prefixes == null ? null : candidates(index);
		if (candidates != null && candidates.length == 0) {
			return;
		}
		Matcher m = pattern.matcher(text);
		if (firstChars == null) {
			while (m.find()) {
				action.accept(m.toMatchResult());
			}
			return;
		}
		m.useTransparentBounds(true).useAnchoringBounds(false);
		List<MatchResult> found = null;
		if (candidates != null) {
			for (int position : candidates) {
				if (atWordStart && !index.isWordStart(position)
						|| exactFirstChars != null && !exactFirstChars.get(text.charAt(position))) {
					continue;
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
			for (char first : firstChars) {
				for (int position : atWordStart ? index.wordStartsWith(first) : index.positionsOf(first)) {
					if (exactFirstChars != null && !exactFirstChars.get(text.charAt(position))
							|| prefixes != null && !startsWithPrefix(text, position, first)) {
						continue;
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
		// what find() would return: leftmost first, each match starting after the previous one ends
		found.sort(Comparator.comparingInt(MatchResult::start));
		int next = 0;
		for (MatchResult match : found) {
			if (match.start() >= next) {
				action.accept(match);
				next = match.end() > match.start() ? match.end() : match.start() + 1;
			}
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
		ScannerIds known = scannerIds;
		if (known == null || known.scanner() != scanner) {
			int[] ids = new int[prefixes.length];
			for (int i = 0; i < prefixes.length && ids != null; i++) {
				ids[i] = scanner.id(prefixes[i]);
				if (ids[i] < 0) {
					ids = null;
				}
			}
			known = new ScannerIds(scanner, ids);
			scannerIds = known;
		}
		return known.ids() == null ? null : index.literalPositions(scanner, known.ids());
	}

	/** The literal words every match starts with, or null when the analysis found none. */
	String[] prefixes() {
		return prefixes == null ? null : prefixes.clone();
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
	 * plain letters or digits: {@code \\b(?:no|not|never)\\s+...} gives no, not, never. Null otherwise.
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
			String rest = branch.startsWith("\\b") ? branch.substring(2) : branch;
			if (rest.startsWith("(?:")) {
				int close = closing(rest, 0);
				if (close < 0) {
					return false;
				}
				String after = rest.substring(close + 1);
				if (!after.isEmpty() && "?*{".indexOf(after.charAt(0)) >= 0) {
					return false;
				}
				for (String inner : topLevelBranches(rest.substring(3, close))) {
					String literal = literal(inner);
					if (literal.length() < 2) {
						return false;
					}
					prefixes.add(literal);
				}
				return true;
			}
			String literal = literal(rest);
			if (literal.length() < 2) {
				return false;
			}
			prefixes.add(literal);
			return true;
		}

		/** The leading plain letters and digits, minus a last one made optional by a quantifier. */
		private static String literal(String s) {
			int i = 0;
			while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
				i++;
			}
			if (i < s.length() && "?*{".indexOf(s.charAt(i)) >= 0) {
				i--;
			}
			return s.substring(0, Math.max(0, i));
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
			if (depth == 0 && !re.startsWith("\\b", pos)) {
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
			boolean zeroWidth = false;
			if (re.startsWith("?:", pos)) {
				pos += 2;
			}
			else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
				pos += 2;
				zeroWidth = true;
			}
			else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
				pos += 3;
				zeroWidth = true;
			}
			else if (re.startsWith("?<", pos)) {
				pos = re.indexOf('>', pos) + 1;
			}
			else if (re.startsWith("?", pos)) {
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
}
