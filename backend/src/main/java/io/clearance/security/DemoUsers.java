package io.clearance.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seeds the groups of DESIGN.md and, in the embedded demo set-up only (an H2 database), the demo users, each with
 * its user name as password. On any other database no demo user is created unless
 * {@code clearance.demo.users=true} forces it, and the application refuses to start while demo accounts exist there.
 */
@Component
class DemoUsers implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	private static final Map<String, String> GROUP_NAMES = Map.of(Groups.AUTHORS, "Authors", Groups.COMPLIANCE,
			"Compliance reviewers", Groups.LEGAL, "Legal reviewers", Groups.CRISIS_LEADS, "Crisis-communications leads",
			Groups.MODELERS, "Process modelers", Groups.RULES_ADMINS, "Rules administrators", Groups.ADMINS,
			"Administrators");

	static final List<String> DEMO_USER_NAMES = List.of("author", "compliance", "legal", "crisis", "modeler",
			"rulesadmin", "admin");

	private final Directory directory;

	private final DemoProperties properties;

	private final Environment environment;

	private final AdminProperties admin;

	DemoUsers(Directory directory, DemoProperties properties, Environment environment, AdminProperties admin) {
		this.directory = directory;
		this.properties = properties;
		this.environment = environment;
		this.admin = admin;
	}

	@Override
	public void afterPropertiesSet() {
		Groups.ALL.forEach(id -> directory.ensureGroup(id, GROUP_NAMES.get(id)));
		directory.grantEverything(Groups.ADMINS);
		if (admin.username() != null && !admin.username().isBlank() && !directory.userExists(admin.username())) {
			if (admin.password() == null || admin.password().length() < 12) {
				throw new IllegalStateException(
						"clearance.admin.password (CLEARANCE_ADMIN_PASSWORD) must have at least 12 characters");
			}
			directory.ensureUser(admin.username(), admin.password(), "Clearance", "Administrator",
					Set.of(Groups.ADMINS));
			log.info("Created administrator '{}' from clearance.admin.*", admin.username());
		}
		if (!demoEnabled()) {
			refuseLeftoverDemoUsers();
			return;
		}
		if (!embedded()) {
			log.warn("Demo users are forced on a non-embedded database (clearance.demo.users=true).");
		}
		user("author", "Avery", "Author", Groups.AUTHORS);
		user("compliance", "Casey", "Compliance", Groups.COMPLIANCE);
		user("legal", "Logan", "Legal", Groups.LEGAL);
		user("crisis", "Cris", "Lead", Groups.CRISIS_LEADS, Groups.AUTHORS);
		user("modeler", "Morgan", "Modeler", Groups.MODELERS);
		user("rulesadmin", "Riley", "Rules", Groups.RULES_ADMINS);
		user("admin", "Alex", "Admin", Groups.ADMINS);
		log.warn("Demo users are enabled (each user's password is its name). Never use this set-up for real data.");
	}

	private boolean demoEnabled() {
		String users = properties.users();
		if ("auto".equals(users)) {
			return embedded();
		}
		return Boolean.parseBoolean(users);
	}

	private boolean embedded() {
		return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
	}

	/**
	 * A production database must not carry the demo accounts (their passwords are public): refuse to start
	 * until they are removed, or until demo users are explicitly forced.
	 */
	private void refuseLeftoverDemoUsers() {
		List<String> leftovers = DEMO_USER_NAMES.stream().filter(directory::userExists).toList();
		if (!embedded() && !leftovers.isEmpty()) {
			throw new IllegalStateException("Demo users " + leftovers + " exist on this database, whose passwords are "
					+ "public. Delete them (Camunda Admin or /engine-rest) or set clearance.demo.users=true to "
					+ "accept them explicitly.");
		}
	}

	private void user(String name, String first, String last, String... groups) {
		directory.ensureDemoUser(name, first, last, Set.of(groups));
	}

	/**
	 * @param users {@code auto} (demo users on the embedded H2 database only), {@code true} (force), {@code false}
	 */
	@ConfigurationProperties("clearance.demo")
	record DemoProperties(@DefaultValue("auto") String users) {
	}

	/**
	 * The first administrator, created at start-up when no user of that name exists (set it from the environment:
	 * {@code CLEARANCE_ADMIN_USERNAME}, {@code CLEARANCE_ADMIN_PASSWORD}). Further users are managed in the Camunda
	 * Admin webapp or through {@code /engine-rest}.
	 *
	 * @param username the administrator's user name
	 * @param password at least 12 characters
	 */
	@ConfigurationProperties("clearance.admin")
	record AdminProperties(String username, String password) {
	}
}
