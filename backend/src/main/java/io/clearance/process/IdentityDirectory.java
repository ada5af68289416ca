package io.clearance.process;

import io.clearance.security.Directory;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.stereotype.Component;

/**
 * The user directory on the engine's identity service: one set of users and groups for the REST API, the UI and
 * the Camunda webapps. Passwords are stored salted and hashed by the engine, which also delays and locks out
 * repeated failed logins.
 */
@Component
class IdentityDirectory implements Directory {

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	IdentityDirectory(IdentityService identityService, AuthorizationService authorizationService) {
		this.identityService = identityService;
		this.authorizationService = authorizationService;
	}

	@Override
	public boolean checkPassword(String username, String password) {
		return identityService.checkPassword(username, password);
	}

	@Override
	public Set<String> groupsOf(String username) {
		return identityService.createGroupQuery().groupMember(username).list().stream().map(Group::getId)
			.collect(Collectors.toSet());
	}

	@Override
	public boolean userExists(String username) {
		return identityService.createUserQuery().userId(username).count() > 0;
	}

	@Override
	public void ensureGroup(String id, String name) {
		if (identityService.createGroupQuery().groupId(id).count() == 0) {
			Group group = identityService.newGroup(id);
			group.setName(name);
			group.setType("WORKFLOW");
			identityService.saveGroup(group);
		}
	}

	@Override
	public void grantEverything(String groupId) {
		for (Resources resource : Resources.values()) {
			boolean granted = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
				.resourceType(resource).resourceId(Authorization.ANY).count() > 0;
			if (!granted) {
				Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
				authorization.setGroupId(groupId);
				authorization.setResource(resource);
				authorization.setResourceId(Authorization.ANY);
				authorization.addPermission(Permissions.ALL);
				authorizationService.saveAuthorization(authorization);
			}
		}
	}

	@Override
	public void ensureUser(String username, String password, String firstName, String lastName, Set<String> groups) {
		ensure(username, password, firstName, lastName, groups, false);
	}

	@Override
	public void ensureDemoUser(String username, String firstName, String lastName, Set<String> groups) {
		ensure(username, username, firstName, lastName, groups, true);
	}

	private void ensure(String username, String password, String firstName, String lastName, Set<String> groups,
			boolean skipPasswordPolicy) {
		if (!userExists(username)) {
			User user = identityService.newUser(username);
			user.setPassword(password);
			user.setFirstName(firstName);
			user.setLastName(lastName);
			user.setEmail(username + "@clearance.invalid");
			// IdentityServiceImpl has the skip flag the interface lacks (used by the engine's own admin set-up).
			((IdentityServiceImpl) identityService).saveUser(user, skipPasswordPolicy);
		}
		Set<String> current = groupsOf(username);
		groups.stream().filter(g -> !current.contains(g))
			.forEach(g -> identityService.createMembership(username, g));
	}
}
