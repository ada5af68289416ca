package io.clearance.screening.internal;

/** An age: "94-year-old", "aged 91", "age 90". */
public final class Age extends Span {

	private final int years;
	private final boolean aboutAPerson;

	Age(int start, int end, String text, int sentence, int years, boolean aboutAPerson) {
		super(start, end, text, sentence);
		this.years = years;
		this.aboutAPerson = aboutAPerson;
	}

	public int getYears() {
		return years;
	}

	/** The sentence is about a person (see {@link DateMention#isAboutAPerson()}). */
	public boolean isAboutAPerson() {
		return aboutAPerson;
	}
}
