package io.clearance.screening.internal;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression searched with {@code find()} in a short window cut out of a post (the chars right before a
 * candidate name), tried only at the positions whose char can start a match. {@code find()} tries every position
 * of the window, and at each one every branch of the expression: the organisation tests' look-backs are
 * alternations of a hundred words or more ("Hospital|Clinic|...", the organisations' first words), tried at each of
 * up to 32 chars for every candidate name (issue 10, twenty-fourth session: ≈ 2 % of a 2 KB screening in one of
 * them). The chars a match can start with are worked out once ({@link FastPattern.FirstChars}, the analysis
 * {@link FastPattern} uses), so most positions are passed over with one look-up.
 *
 * <p>
 * The answer is {@code find()}'s: a position is tried with {@code lookingAt()} on a region from it to the window's
 * end, with transparent bounds (look-behind and {@code \\b} see the window's chars before it, as {@code find()}'s
 * tries do) and without anchoring bounds ({@code ^} holds only at the window's start, {@code \\z} at its end, as for
 * {@code find()}); the positions are tried in order and the first that matches answers. An expression the analysis
 * does not understand (one that can start with any char or match nothing, an inline flag) is left to plain
 * {@code find()}.
 */
final class WindowPattern {

	private final Pattern pattern;
	/** The folded chars ({@link TextIndex#fold}) a match can start with, or null: every position is tried. */
	private final BitSet folded;
	/** For a case-sensitive expression, the exact chars a match can start with (a capital), or null. */
	private final BitSet exact;

	private WindowPattern(Pattern pattern, BitSet folded, BitSet exact) {
		this.pattern = pattern;
		this.folded = folded;
		this.exact = exact;
	}

	static WindowPattern compile(String regex) {
		return compile(regex, 0);
	}

	static WindowPattern compile(String regex, int flags) {
		Pattern pattern = Pattern.compile(regex, flags);
		BitSet folded = FastPattern.FirstChars.of(regex);
		BitSet exact = folded != null && (flags & Pattern.CASE_INSENSITIVE) == 0
				? FastPattern.FirstChars.exact(regex) : null;
		// in COMMENTS mode spaces and # are not what they seem to the analysis
		return new WindowPattern(pattern, (flags & Pattern.COMMENTS) != 0 ? null : folded, exact);
	}

	Pattern pattern() {
		return pattern;
	}

	/** Whether the analysis found where matches can start (for tests). */
	boolean filtered() {
		return folded != null;
	}

	/** {@code pattern().matcher(window).find()}. */
	boolean find(String window) {
		if (folded == null) {
			return pattern.matcher(window).find();
		}
		Matcher m = null;
		int length = window.length();
		for (int i = 0; i < length; i++) {
			char c = window.charAt(i);
			if (!folded.get(TextIndex.fold(c)) || exact != null && !exact.get(c)) {
				continue;
			}
			if (m == null) {
				m = pattern.matcher(window).useTransparentBounds(true).useAnchoringBounds(false);
			}
			if (m.region(i, length).lookingAt()) {
				return true;
			}
		}
		return false;
	}
}
