package io.clearance.screening.internal;

import java.util.Set;
import java.util.function.BooleanSupplier;

/** A telephone number, found by Google's libphonenumber (possible numbers for the configured region). */
public final class PhoneNumber extends Span {

	private final String e164;
	private final boolean tollFree;
	/** Asked once, on first use: no rule of the shipped packs reads {@code valid}, and libphonenumber's check is costly. */
	private final BooleanSupplier validity;
	private volatile Boolean valid;
	private final String nationalNumber;
	private final String region;

	/** The EU member states and the other EEA states (Iceland, Liechtenstein, Norway), where the GDPR applies. */
	static final Set<String> EU_EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
			"HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

	PhoneNumber(int start, int end, String text, int sentence, String e164, String nationalNumber, String region,
			boolean tollFree, BooleanSupplier validity) {
		super(start, end, text, sentence);
		this.e164 = e164;
		this.nationalNumber = nationalNumber;
		this.region = region;
		this.tollFree = tollFree;
		this.validity = validity;
	}

	/** The number in E.164 form ("+15550100100"): what allow-list numbers are compared with. */
	public String getE164() {
		return e164;
	}

	/** The digits without country code; seven for a number written without its area code. */
	public String getNationalNumber() {
		return nationalNumber;
	}

	/**
	 * The country the number's calling code belongs to ("PT" for +351; "US" for +1, shared with Canada and the
	 * Caribbean), as ISO 3166 code; "ZZ" when the code is unknown.
	 */
	public String getRegion() {
		return region;
	}

	/**
	 * A number with an EU/EEA calling code (+351 ..., +49 ...): whoever answers it is in the EU/EEA, so the post is
	 * set there (the GDPR pack's EU cue; issue 3). Numbers written without a calling code are read as the
	 * configured region's, never as European.
	 */
	public boolean isEuropean() {
		return EU_EEA.contains(region);
	}

	/** A North American toll-free number (800, 833, 844, 855, 866, 877, 888): an organisation's, never a person's. */
	public boolean isTollFree() {
		return tollFree;
	}

	/** True when libphonenumber knows the number range as assigned (fictional 555 numbers are not). */
	public boolean isValid() {
		Boolean known = valid;
		if (known == null) {
			// the same answer on every call: at worst two threads both ask libphonenumber once
			known = validity.getAsBoolean();
			valid = known;
		}
		return known;
	}
}
