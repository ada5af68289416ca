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
	private final boolean cohort;

	DateMention(int start, int end, String text, int sentence, String event, boolean labelled,
			boolean aboutAPerson, boolean cohort) {
		super(start, end, text, sentence);
		this.event = event;
		this.labelled = labelled;
		this.aboutAPerson = aboutAPerson;
		this.cohort = cohort;
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

	/**
	 * The date bounds a group of people, not one person's life: "born after 1 January 1969", "anyone born before
	 * 1 Sept 2004", "born between 1 April 1945 and 31 March 1965", "if you were born on 29 February" (eligibility for
	 * a vaccine, a screening programme, an offer).
	 */
	public boolean isCohort() {
		return cohort;
	}
}
