package io.clearance.support;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code CLEARANCE_TEST_DB=postgres}, every application context the tests start gets a fresh PostgreSQL
 * database of its own instead of the in-memory H2 one, dropped when the test JVM ends. This runs the same test suite
 * against both databases.
 */
public class PostgresTestDatabase implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!"postgres".equalsIgnoreCase(System.getenv("CLEARANCE_TEST_DB"))
				|| !environment.matchesProfiles("test")) {
			return;
		}
		String url = TestDatabases.createPostgres("clearance_test");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> TestDatabases.dropPostgres(url)));
		environment.getPropertySources().addFirst(new MapPropertySource("clearance-test-postgres",
				Map.of("spring.datasource.url", url, "spring.datasource.username", TestDatabases.user(),
						"spring.datasource.password", TestDatabases.password(), "clearance.demo.users", "true")));
	}
}
