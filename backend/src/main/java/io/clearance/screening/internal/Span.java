package io.clearance.screening.internal;

/**
 * A stretch of the screened text that a recogniser found: the common part of every text fact rules can match.
 * {@code start}/{@code end} are Java {@code String} char indexes (UTF-16 code units, {@code end} exclusive), the
 * same offsets a finding carries, so an emoji counts two and right-to-left text keeps logical order.
 * {@code sentence} numbers the sentence the span starts in, from 0, so rules can relate facts that appear
 * together ({@code sentence == $other.sentence}).
 */
public abstract class Span {

	private final int start;
	private final int end;
	private final String text;
	private final int sentence;

	Span(int start, int end, String text, int sentence) {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad span " + start + ".." + end);
		}
		this.start = start;
		this.end = end;
		this.text = text;
		this.sentence = sentence;
	}

	public int getStart() {
		return start;
	}

	public int getEnd() {
		return end;
	}

	/** The matched text exactly as written in the post. */
	public String getText() {
		return text;
	}

	public int getSentence() {
		return sentence;
	}

	public boolean overlaps(Span other) {
		return other != null && start < other.end && other.start < end;
	}

	public boolean covers(Span other) {
		return other != null && start <= other.start && other.end <= end;
	}

	public boolean sameSentence(Span other) {
		return other != null && sentence == other.sentence;
	}

	/** Offsets only: a span's text may be PHI, and toString ends up in logs and exception messages. */
	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + start + ".." + end + "]";
	}
}
