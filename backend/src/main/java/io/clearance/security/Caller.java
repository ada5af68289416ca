package io.clearance.security;

import java.util.Set;

/** The authenticated person making a request, with their group ids. */
public record Caller(String username, Set<String> groups) {

	public Caller {
		groups = Set.copyOf(groups);
	}

	public boolean isIn(String group) {
		return groups.contains(group);
	}

	public boolean isAdmin() {
		return isIn(Groups.ADMINS);
	}

	/** Reviewers and administrators see every post; everybody else sees their own. */
	public boolean seesAllPosts() {
		return isAdmin() || isIn(Groups.COMPLIANCE) || isIn(Groups.LEGAL) || isIn(Groups.CRISIS_LEADS);
	}
}
