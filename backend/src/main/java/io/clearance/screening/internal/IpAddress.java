package io.clearance.screening.internal;

/** An IPv4 ("203.0.113.58") or IPv6 address. */
public final class IpAddress extends Span {

	private final int version;
	private final boolean labelled;
	private final boolean aboutAPerson;

	IpAddress(int start, int end, String text, int sentence, int version, boolean labelled, boolean aboutAPerson) {
		super(start, end, text, sentence);
		this.version = version;
		this.labelled = labelled;
		this.aboutAPerson = aboutAPerson;
	}

	/** 4 or 6. */
	public int getVersion() {
		return version;
	}

	/** "IP" or "IP address" shortly before the address. */
	public boolean isLabelled() {
		return labelled;
	}

	/** The sentence is about a person (see {@link DateMention#isAboutAPerson()}). */
	public boolean isAboutAPerson() {
		return aboutAPerson;
	}
}
