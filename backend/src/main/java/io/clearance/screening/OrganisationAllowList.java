package io.clearance.screening;

import java.util.List;

/**
 * A pack's {@code allowlist.yaml} as rules administrators edit it: the organisation's own phone numbers, mailboxes,
 * web domains, addresses and staff names, which are never findings. Each entry may carry a note ("switchboard",
 * "main campus") that is kept as a comment in the file.
 */
public record OrganisationAllowList(List<Item> phones, List<Item> emails, List<Item> domains, List<Item> addresses,
		List<Item> names) {

	public OrganisationAllowList {
		phones = orEmpty(phones);
		emails = orEmpty(emails);
		domains = orEmpty(domains);
		addresses = orEmpty(addresses);
		names = orEmpty(names);
	}

	/** One entry and the note beside it (may be null). */
	public record Item(String value, String note) {
	}

	private static List<Item> orEmpty(List<Item> items) {
		return items == null ? List.of() : List.copyOf(items);
	}
}
