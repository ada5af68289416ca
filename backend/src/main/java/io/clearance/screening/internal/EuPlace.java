package io.clearance.screening.internal;

/**
 * A town or city of the EU/EEA named in the text ("from Ramelton", "in Cascais", "Clinique du Parc, Landerneau"),
 * from GeoNames' towns of more than 1,000 people whose name is not also a town outside the EU/EEA ("Waterloo",
 * "Lund"), nor an English word or name ("Split", "Nice"): a place cue for the GDPR pack. The well-known cities are in
 * the pack's phrase lists too, with their contexts.
 */
public final class EuPlace extends Span {

	private final String country;
	private final String preposition;
	private final boolean organisation;

	EuPlace(int start, int end, String text, int sentence, String country, String preposition, boolean organisation) {
		super(start, end, text, sentence);
		this.country = country;
		this.preposition = preposition;
		this.organisation = organisation;
	}

	/**
	 * The town starts an organisation's name ("Sigulda Regional Hospital", "Palanga Seaside Clinic"): the organisation
	 * is there.
	 */
	public boolean isOrganisation() {
		return organisation;
	}

	/** The country, as ISO 3166 code ("IE", "PT"). */
	public String getCountry() {
		return country;
	}

	/**
	 * The word right before the name, lower case ("from", "in", "at", "near", "visiting"), or "," when a comma comes
	 * between ("Clinique du Parc, Landerneau"); "" when the name starts its sentence or other marks come between.
	 */
	public String getPreposition() {
		return preposition;
	}
}
