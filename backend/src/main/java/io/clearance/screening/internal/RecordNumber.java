package io.clearance.screening.internal;

/**
 * A labelled record number: the label and the number together ("MRN 12345678", "medical record #A-553201",
 * "member ID XJH123456789").
 */
public final class RecordNumber extends Span {

	/** Values of {@link #getKind()}. */
	public static final String MRN = "MRN", HEALTH_PLAN = "HEALTH_PLAN", ACCOUNT = "ACCOUNT";

	private final String kind;
	private final String number;

	RecordNumber(int start, int end, String text, int sentence, String kind, String number) {
		super(start, end, text, sentence);
		this.kind = kind;
		this.number = number;
	}

	/** MRN (medical record), HEALTH_PLAN (member, policy or subscriber id) or ACCOUNT (patient account). */
	public String getKind() {
		return kind;
	}

	/** The number without its label. */
	public String getNumber() {
		return number;
	}
}
