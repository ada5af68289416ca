package io.clearance.screening.internal;

import java.util.Locale;

/**
 * One entry of the pack's {@code allowlist.yaml}: an organisation's own phone number, e-mail address or domain,
 * street address, or a name from the staff directory. Rules exclude allow-listed spans with
 * {@code not Allowed(covers($span))}.
 */
public final class Allowed {

	/** Values of {@link #getKind()}. */
	public static final String PHONE = "PHONE", EMAIL = "EMAIL", DOMAIN = "DOMAIN", NAME = "NAME",
			ADDRESS = "ADDRESS";

	private final String kind;
	private final String value;

	/** {@code value} must already be normalised the way the matching fact normalises (see {@link AllowList}). */
	Allowed(String kind, String value) {
		this.kind = kind;
		this.value = value;
	}

	public String getKind() {
		return kind;
	}

	public String getValue() {
		return value;
	}

	/** Whether this entry makes the span an organisation's own identifier. A domain covers its subdomains;
	 * a listed number covers the same number written without its area code. */
	public boolean covers(Span span) {
		return switch (kind) {
			case PHONE -> span instanceof PhoneNumber phone && (value.equals(phone.getE164())
					|| phone.getNationalNumber().length() == 7 && value.endsWith(phone.getNationalNumber()));
			case EMAIL -> span instanceof EmailAddress email && value.equals(email.getAddress());
			case DOMAIN -> span instanceof EmailAddress email
					&& (value.equals(email.getDomain()) || email.getDomain().endsWith("." + value));
			case NAME -> span instanceof PersonName name && value.equals(name.getNormalized());
			case ADDRESS -> span instanceof StreetAddress address && value.equals(address.getNormalized());
			default -> false;
		};
	}

	@Override
	public String toString() {
		return "Allowed(" + kind.toLowerCase(Locale.ROOT) + " " + value + ")";
	}
}
