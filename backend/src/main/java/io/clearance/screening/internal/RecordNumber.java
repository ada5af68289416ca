package io.clearance.screening.internal;

/**
 * A labelled record number: the label and the number together ("MRN 12345678", "medical record #A-553201",
 * "member ID XJH123456789", "license plate 7XKM214", "VIN 1HGCM82633A004352", "serial number PM-2231-88470").
 */
public final class RecordNumber extends Span {

	/** Values of {@link #getKind()}. */
	public static final String MRN = "MRN", HEALTH_PLAN = "HEALTH_PLAN", ACCOUNT = "ACCOUNT", LICENCE = "LICENCE",
			VEHICLE = "VEHICLE", DEVICE = "DEVICE";

	private final String kind;
	private final String number;

	RecordNumber(int start, int end, String text, int sentence, String kind, String number) {
		super(start, end, text, sentence);
		this.kind = kind;
		this.number = number;
	}

	/**
	 * MRN (medical record), HEALTH_PLAN (member, policy or subscriber id), ACCOUNT (patient account), LICENCE
	 * (driver's licence, licence plate), VEHICLE (VIN) or DEVICE (serial number, device id, UDI, IMEI).
	 */
	public String getKind() {
		return kind;
	}

	/** The number without its label. */
	public String getNumber() {
		return number;
	}
}
