package io.clearance.screening.internal;

/**
 * A calendar date with at least a month and a day ("03/14/1962", "2024-03-14", "March 14", "14 March 2024").
 * A year on its own is not a date here: HIPAA Safe Harbor allows years.
 */
public final class DateMention extends Span {

	/** Values of {@link #getEvent()}. */
	public static final String BIRTH = "BIRTH", ADMISSION = "ADMISSION", DISCHARGE = "DISCHARGE", DEATH = "DEATH",
			TREATMENT = "TREATMENT";

	private final String event;
	private final boolean labelled;
	private final boolean aboutAPerson;

	DateMention(int start, int end, String text, int sentence, String event, boolean labelled,
			boolean aboutAPerson) {
		super(start, end, text, sentence);
		this.event = event;
		this.labelled = labelled;
		this.aboutAPerson = aboutAPerson;
	}

	/**
	 * What the words just before the date say it is the date of: BIRTH ("DOB", "born on", "birthday"), ADMISSION,
	 * DISCHARGE, DEATH ("died on", "passed away"), TREATMENT ("surgery on", "diagnosed on"), or null.
	 */
	public String getEvent() {
		return event;
	}

	/** Written as a record field: "DOB: 03/14/1962", "Date of birth 3/14/62", "Discharge date: ...". */
	public boolean isLabelled() {
		return labelled;
	}

	/**
	 * The sentence is about a person: it names someone, mentions a patient or a newborn, or says he/she/his/her.
	 */
	public boolean isAboutAPerson() {
		return aboutAPerson;
	}
}
