package io.clearance.screening.internal;

/** A US social security number: 123-45-6789 (a plausible one), or nine digits after "SSN"/"social security". */
public final class Ssn extends Span {

	private final boolean labelled;

	Ssn(int start, int end, String text, int sentence, boolean labelled) {
		super(start, end, text, sentence);
		this.labelled = labelled;
	}

	/** Preceded by "SSN", "SS#" or "social security (number)". */
	public boolean isLabelled() {
		return labelled;
	}
}
