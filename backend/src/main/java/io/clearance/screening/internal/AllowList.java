package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A pack's {@code allowlist.yaml}: the organisation's own identifiers, which are not PHI. Each entry becomes an
 * {@link Allowed} fact, normalised like the facts it is compared with: phone numbers to E.164 (so "(555) 010-0100"
 * and "555.010.0100" are the same number), names and addresses to lower case without titles or abbreviations.
 */
final class AllowList {

	static final String FILE = "allowlist.yaml";

	/** The file's layout. */
	record Entries(List<String> phones, List<String> emails, List<String> domains, List<String> names,
			List<String> addresses) {
	}

	private AllowList() {
	}

	static List<Allowed> parse(String yaml, PhoneRecogniser phones) throws PackRefusedException {
		if (yaml == null) {
			return List.of();
		}
		Entries entries;
		try {
			entries = Yaml.MAPPER.readValue(yaml, Entries.class);
		}
		catch (Exception e) {
			throw new PackRefusedException(FILE + ": " + Yaml.problem(e));
		}
		if (entries == null) {
			return List.of();
		}
		List<Allowed> allowed = new ArrayList<>();
		for (String phone : orEmpty(entries.phones())) {
			String e164 = phones.e164(phone);
			if (e164 == null) {
				throw new PackRefusedException(FILE + ": \"" + phone + "\" is not a phone number");
			}
			allowed.add(new Allowed(Allowed.PHONE, e164));
		}
		for (String email : orEmpty(entries.emails())) {
			if (!email.contains("@")) {
				throw new PackRefusedException(FILE + ": \"" + email + "\" is not an e-mail address");
			}
			allowed.add(new Allowed(Allowed.EMAIL, email.trim().toLowerCase(Locale.ROOT)));
		}
		for (String domain : orEmpty(entries.domains())) {
			String d = domain.trim().toLowerCase(Locale.ROOT);
			if (d.startsWith("@")) {
				d = d.substring(1);
			}
			if (!d.contains(".")) {
				throw new PackRefusedException(FILE + ": \"" + domain + "\" is not a domain");
			}
			allowed.add(new Allowed(Allowed.DOMAIN, d));
		}
		for (String name : orEmpty(entries.names())) {
			allowed.add(new Allowed(Allowed.NAME, Normalize.name(name)));
		}
		for (String address : orEmpty(entries.addresses())) {
			allowed.add(new Allowed(Allowed.ADDRESS, Normalize.address(address)));
		}
		return List.copyOf(allowed);
	}

	private static List<String> orEmpty(List<String> list) {
		return list == null ? List.of() : list;
	}
}
