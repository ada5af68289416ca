package io.clearance.security;

import java.util.Set;

/** Users and groups, wherever they are stored (the engine's identity service). */
public interface Directory {

	boolean checkPassword(String username, String password);

	Set<String> groupsOf(String username);

	boolean userExists(String username);

	void ensureGroup(String id, String name);

	/** Grants the group every permission on every kind of engine resource (the administrators' group). */
	void grantEverything(String groupId);

	/**
	 * Creates the user if missing (the password must satisfy the password policy) and adds any of {@code groups}
	 * they are not yet a member of.
	 */
	void ensureUser(String username, String password, String firstName, String lastName, Set<String> groups);

	/** Like {@link #ensureUser}, exempt from the password policy: only for the embedded demo set-up. */
	void ensureDemoUser(String username, String firstName, String lastName, Set<String> groups);
}
