package io.clearance.security;

import java.util.List;

/** The group ids of DESIGN.md. */
public final class Groups {

	public static final String AUTHORS = "authors";

	public static final String COMPLIANCE = "compliance";

	public static final String LEGAL = "legal";

	public static final String CRISIS_LEADS = "crisis-leads";

	public static final String MODELERS = "modelers";

	public static final String RULES_ADMINS = "rules-admins";

	public static final String ADMINS = "admins";

	public static final List<String> ALL = List.of(AUTHORS, COMPLIANCE, LEGAL, CRISIS_LEADS, MODELERS, RULES_ADMINS,
			ADMINS);

	private Groups() {
	}
}
