package io.clearance.screening.internal;

/**
 * A US ZIP code: five digits (or ZIP+4) after a state ("Springfield, IL 62704") or after a label ("ZIP code
 * 48213"). Bare five-digit numbers are not taken for ZIP codes: they are far more often counts or ids.
 */
public final class ZipCode extends Span {

	private final boolean labelled;
	private final boolean residence;
	private final boolean aboutAPerson;

	ZipCode(int start, int end, String text, int sentence, boolean labelled, boolean residence,
			boolean aboutAPerson) {
		super(start, end, text, sentence);
		this.labelled = labelled;
		this.residence = residence;
		this.aboutAPerson = aboutAPerson;
	}

	/** "ZIP", "ZIP code" or "postal code" right before the number. */
	public boolean isLabelled() {
		return labelled;
	}

	/** The words before say someone lives there ("lives in ZIP code", "home ... IL 62704"). */
	public boolean isResidence() {
		return residence;
	}

	/** The sentence is about a person (see {@link DateMention#isAboutAPerson()}). */
	public boolean isAboutAPerson() {
		return aboutAPerson;
	}
}
