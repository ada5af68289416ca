package io.clearance.screening.internal;

import io.clearance.screening.OrganisationAllowList;
import io.clearance.screening.OrganisationAllowList.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** The lists in the order the file shows them, each with how to read it from the edited form. */
	private static final Map<String, Function<OrganisationAllowList, List<Item>>> LISTS = lists();

	private static Map<String, Function<OrganisationAllowList, List<Item>>> lists() {
		Map<String, Function<OrganisationAllowList, List<Item>>> lists = new LinkedHashMap<>();
		lists.put("phones", OrganisationAllowList::phones);
		lists.put("emails", OrganisationAllowList::emails);
		lists.put("domains", OrganisationAllowList::domains);
		lists.put("addresses", OrganisationAllowList::addresses);
		lists.put("names", OrganisationAllowList::names);
		return lists;
	}

	/** A top-level key and the comment after it: {@code names:   # the staff directory}. */
	private static final Pattern LIST_KEY = Pattern.compile("^(\\w+):[^#]*(?:#\\s?(.*))?$");

	/** A block list item and the comment after it: {@code - "(555) 010-0100"   # switchboard}. */
	private static final Pattern ITEM = Pattern
		.compile("^\\s+-\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|[^#]*?)\\s*(?:#\\s?(.*))?$");

	/**
	 * The file as rules administrators edit it: the entries as YAML reads them, each with the comment written beside
	 * it in the file (a flow-style list keeps its entries and loses no more than its notes).
	 */
	static OrganisationAllowList read(String yaml) throws PackRefusedException {
		Entries entries;
		try {
			entries = yaml == null ? null : Yaml.MAPPER.readValue(yaml, Entries.class);
		}
		catch (Exception e) {
			throw new PackRefusedException(FILE + ": " + Yaml.problem(e));
		}
		if (entries == null) {
			return new OrganisationAllowList(null, null, null, null, null);
		}
		Map<String, List<String>> notes = notes(yaml);
		return new OrganisationAllowList(items(entries.phones(), notes.get("phones")),
				items(entries.emails(), notes.get("emails")), items(entries.domains(), notes.get("domains")),
				items(entries.addresses(), notes.get("addresses")), items(entries.names(), notes.get("names")));
	}

	private static Map<String, List<String>> notes(String yaml) {
		Map<String, List<String>> notes = new LinkedHashMap<>();
		List<String> current = null;
		for (String line : yaml.split("\\R")) {
			Matcher key = LIST_KEY.matcher(line);
			Matcher item = ITEM.matcher(line);
			if (key.matches()) {
				current = notes.computeIfAbsent(key.group(1), k -> new ArrayList<>());
			}
			else if (current != null && item.matches()) {
				current.add(item.group(2) == null || item.group(2).isBlank() ? null : item.group(2).strip());
			}
		}
		return notes;
	}

	private static List<Item> items(List<String> values, List<String> notes) {
		List<Item> items = new ArrayList<>();
		List<String> entries = orEmpty(values);
		boolean notesFit = notes != null && notes.size() == entries.size();
		for (int i = 0; i < entries.size(); i++) {
			items.add(new Item(entries.get(i), notesFit ? notes.get(i) : null));
		}
		return items;
	}

	/**
	 * The file for an edited allow list: the previous file's leading comment lines (what the file is for) and the
	 * comments beside its keys, then each list in block style, entries double-quoted, notes as comments. Blank
	 * entries are left out.
	 */
	static String write(String previous, OrganisationAllowList allowList) {
		StringBuilder yaml = new StringBuilder();
		Map<String, String> keyComments = new LinkedHashMap<>();
		boolean header = true;
		for (String line : (previous == null ? "" : previous).split("\\R")) {
			header = header && line.startsWith("#");
			if (header) {
				yaml.append(line).append('\n');
			}
			Matcher key = LIST_KEY.matcher(line);
			if (key.matches() && key.group(2) != null && !key.group(2).isBlank()) {
				keyComments.put(key.group(1), key.group(2).strip());
			}
		}
		LISTS.forEach((key, list) -> {
			List<Item> items = list.apply(allowList).stream()
				.filter(item -> item != null && item.value() != null && !item.value().isBlank())
				.toList();
			yaml.append(key).append(':').append(items.isEmpty() ? " []" : "");
			if (keyComments.containsKey(key)) {
				yaml.append("   # ").append(keyComments.get(key));
			}
			yaml.append('\n');
			for (Item item : items) {
				yaml.append("  - ").append(quoted(item.value().strip()));
				String note = item.note() == null ? "" : item.note().replaceAll("\\s+", " ").strip();
				if (!note.isEmpty()) {
					yaml.append("   # ").append(note);
				}
				yaml.append('\n');
			}
		});
		return yaml.toString();
	}

	/** A YAML double-quoted scalar (JSON's escapes are YAML's). */
	private static String quoted(String value) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				default -> {
					if (c < 0x20 || c == 0x7f) {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

	private static List<String> orEmpty(List<String> list) {
		return list == null ? List.of() : list;
	}
}
