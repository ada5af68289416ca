package io.clearance.rulepacks;

import io.clearance.screening.OrganisationAllowList;
import io.clearance.screening.OrganisationAllowList.Item;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** What an edit of an allow list added and removed, for the audit trail: {@code added phone "…"; removed name "…"}. */
final class AllowListChanges {

	private AllowListChanges() {
	}

	static String between(OrganisationAllowList before, OrganisationAllowList after) {
		List<String> changes = new ArrayList<>();
		compare("phone", OrganisationAllowList::phones, before, after, changes);
		compare("e-mail", OrganisationAllowList::emails, before, after, changes);
		compare("domain", OrganisationAllowList::domains, before, after, changes);
		compare("address", OrganisationAllowList::addresses, before, after, changes);
		compare("name", OrganisationAllowList::names, before, after, changes);
		return String.join("; ", changes);
	}

	private static void compare(String what, Function<OrganisationAllowList, List<Item>> list,
			OrganisationAllowList before, OrganisationAllowList after, List<String> changes) {
		Set<String> old = values(list.apply(before));
		Set<String> now = values(list.apply(after));
		now.stream().filter(v -> !old.contains(v)).forEach(v -> changes.add("added " + what + " \"" + v + "\""));
		old.stream().filter(v -> !now.contains(v)).forEach(v -> changes.add("removed " + what + " \"" + v + "\""));
	}

	private static Set<String> values(List<Item> items) {
		Set<String> values = new LinkedHashSet<>();
		for (Item item : items) {
			if (item != null && item.value() != null && !item.value().isBlank()) {
				values.add(item.value().strip());
			}
		}
		return values;
	}
}
