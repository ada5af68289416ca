package io.clearance.screening.internal;

/** A street address: a house number, a street name and a street type ("12 Elm Street", "4500 N. Oak Ave"). */
public final class StreetAddress extends Span {

	private final String normalized;
	private final boolean residence;

	StreetAddress(int start, int end, String text, int sentence, String normalized, boolean residence) {
		super(start, end, text, sentence);
		this.normalized = normalized;
		this.residence = residence;
	}

	/** Lower case with street types spelled out ("12 elm street"): what allow-list addresses are compared with. */
	public String getNormalized() {
		return normalized;
	}

	/** Said to be where someone lives: "lives at", "home on", "resident of", or "<name> of 12 Elm Street". */
	public boolean isResidence() {
		return residence;
	}
}
