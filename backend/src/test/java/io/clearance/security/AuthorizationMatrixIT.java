package io.clearance.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearance.api.ApiClient;
import io.clearance.api.ApiClient.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application's own request mappings × every role × anonymous, over real HTTP. The expected
 * access of each endpoint is declared below; an endpoint that is not declared fails the test, so a new endpoint
 * cannot slip in unprotected.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuthorizationMatrixIT {

	/** Any signed-in user. */
	static final Set<String> SIGNED_IN = Set.of("*");

	static final Set<String> WRITERS = Set.of(Groups.AUTHORS, Groups.CRISIS_LEADS);

	static final Set<String> REVIEWERS = Set.of(Groups.COMPLIANCE, Groups.LEGAL, Groups.CRISIS_LEADS, Groups.ADMINS);

	static final Set<String> ADMINS = Set.of(Groups.ADMINS);

	static final Set<String> RULES_ADMINS = Set.of(Groups.RULES_ADMINS);

	static final Set<String> DISMISSERS = Set.of(Groups.COMPLIANCE, Groups.LEGAL, Groups.ADMINS);

	static final Set<String> RATE_READERS = Set.of(Groups.RULES_ADMINS, Groups.COMPLIANCE, Groups.ADMINS);

	static final Set<String> MODELERS = Set.of(Groups.MODELERS);

	/** The process modeler's reads: modelers, and administrators (who migrate running instances). */
	static final Set<String> PROCESS_READERS = Set.of(Groups.MODELERS, Groups.ADMINS);

	/** Endpoints open to anonymous callers. */
	static final Set<String> PUBLIC = Set.of("GET /api/csrf", "POST /api/login");

	static final Map<String, Set<String>> ACCESS = Map.ofEntries(
			Map.entry("GET /api/me", SIGNED_IN),
			Map.entry("GET /api/posts", SIGNED_IN),
			Map.entry("POST /api/posts", WRITERS),
			Map.entry("GET /api/posts/{id}", SIGNED_IN),
			Map.entry("PUT /api/posts/{id}", WRITERS),
			Map.entry("POST /api/posts/{id}/submit", WRITERS),
			Map.entry("POST /api/posts/{id}/withdraw", WRITERS),
			Map.entry("POST /api/posts/{id}/publication-time", WRITERS),
			Map.entry("PUT /api/posts/{id}/decisions/{decisionId}/suggested-edits/{index}", WRITERS),
			Map.entry("GET /api/posts/{id}/history", SIGNED_IN),
			Map.entry("GET /api/posts/{id}/publications", SIGNED_IN),
			Map.entry("GET /api/posts/{id}/revisions", SIGNED_IN),
			Map.entry("GET /api/posts/{id}/record", ADMINS),
			Map.entry("GET /api/tasks", SIGNED_IN),
			Map.entry("GET /api/tasks/{id}", SIGNED_IN),
			Map.entry("POST /api/tasks/{id}/claim", REVIEWERS),
			Map.entry("POST /api/tasks/{id}/unclaim", REVIEWERS),
			Map.entry("POST /api/tasks/{id}/decision", REVIEWERS),
			Map.entry("POST /api/screenings", SIGNED_IN),
			Map.entry("GET /api/rule-packs", SIGNED_IN),
			Map.entry("POST /api/rule-packs/{id}/examples/run", RULES_ADMINS),
			Map.entry("POST /api/rule-packs/try", RULES_ADMINS),
			Map.entry("POST /api/rule-packs/replay", RULES_ADMINS),
			Map.entry("GET /api/rule-packs/dismissal-rates", RATE_READERS),
			Map.entry("POST /api/posts/{id}/dismissals", DISMISSERS),
			Map.entry("GET /api/posts/{id}/dismissals", DISMISSERS),
			Map.entry("GET /api/audit/verify", ADMINS),
			Map.entry("GET /api/dashboard", Set.of(Groups.COMPLIANCE, Groups.LEGAL, Groups.ADMINS)),
			Map.entry("GET /api/consents", SIGNED_IN),
			Map.entry("GET /api/consents/{id}", SIGNED_IN),
			Map.entry("POST /api/consents", Set.of(Groups.COMPLIANCE, Groups.ADMINS)),
			Map.entry("POST /api/consents/{id}/revoke", Set.of(Groups.COMPLIANCE, Groups.ADMINS)),
			Map.entry("GET /api/incidents", SIGNED_IN),
			Map.entry("POST /api/incidents", Set.of(Groups.CRISIS_LEADS)),
			Map.entry("GET /api/incidents/{id}", SIGNED_IN),
			Map.entry("POST /api/incidents/{id}/close", Set.of(Groups.CRISIS_LEADS)),
			Map.entry("GET /api/incidents/{id}/history", SIGNED_IN),
			Map.entry("GET /api/crisis/templates", SIGNED_IN),
			Map.entry("GET /api/crisis/templates/{id}", SIGNED_IN),
			Map.entry("POST /api/crisis/templates/{id}/updates", Set.of(Groups.CRISIS_LEADS)),
			Map.entry("POST /api/crisis/corrections/{taskId}", Set.of(Groups.CRISIS_LEADS, Groups.ADMINS)),
			Map.entry("PUT /api/rule-packs/{id}/enabled", RULES_ADMINS),
			Map.entry("GET /api/rule-packs/{id}/allowlist", RULES_ADMINS),
			Map.entry("PUT /api/rule-packs/{id}/allowlist", RULES_ADMINS),
			Map.entry("POST /api/rule-packs/uploads", RULES_ADMINS),
			Map.entry("GET /api/processes", PROCESS_READERS),
			Map.entry("GET /api/processes/{definitionId}", PROCESS_READERS),
			Map.entry("GET /api/processes/{definitionId}/xml", PROCESS_READERS),
			Map.entry("GET /api/processes/{definitionId}/activity-stats", PROCESS_READERS),
			Map.entry("GET /api/processes/element-templates", PROCESS_READERS),
			Map.entry("POST /api/processes/validate", MODELERS),
			Map.entry("POST /api/processes/deployments", MODELERS),
			Map.entry("GET /api/processes/{sourceDefinitionId}/migration", ADMINS),
			Map.entry("POST /api/processes/{sourceDefinitionId}/migration", ADMINS),
			Map.entry("GET /api/process-drafts", PROCESS_READERS),
			Map.entry("POST /api/process-drafts", MODELERS),
			Map.entry("GET /api/process-drafts/{id}", PROCESS_READERS),
			Map.entry("PUT /api/process-drafts/{id}", MODELERS),
			Map.entry("DELETE /api/process-drafts/{id}", MODELERS),
			Map.entry("POST /api/process-drafts/{id}/deploy", MODELERS),

			Map.entry("GET /api/accounts", SIGNED_IN),
			Map.entry("POST /api/accounts", ADMINS),
			Map.entry("DELETE /api/accounts/{id}", ADMINS),
			Map.entry("POST /api/posts/{id}/takedown", Set.of(Groups.COMPLIANCE, Groups.ADMINS)));

	/** The demo users and their groups. */
	static final Map<String, Set<String>> USERS = Map.of("author", Set.of(Groups.AUTHORS), "compliance",
			Set.of(Groups.COMPLIANCE), "legal", Set.of(Groups.LEGAL), "crisis",
			Set.of(Groups.CRISIS_LEADS, Groups.AUTHORS), "modeler", Set.of(Groups.MODELERS), "rulesadmin",
			Set.of(Groups.RULES_ADMINS), "admin", Set.of(Groups.ADMINS));

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyEndpointIsDeclaredAndEnforcedForEveryRole() {
		List<String> endpoints = apiEndpoints();
		assertThat(endpoints).as("endpoints found").hasSizeGreaterThan(10);
		List<String> undeclared = endpoints.stream()
			.filter(e -> !ACCESS.containsKey(e) && !PUBLIC.contains(e))
			.toList();
		assertThat(undeclared).as("declare the access of every endpoint in AuthorizationMatrixIT.ACCESS").isEmpty();

		List<String> violations = new ArrayList<>();
		for (String endpoint : endpoints) {
			if (PUBLIC.contains(endpoint)) {
				continue;
			}
			Response anonymous = call(ApiClient.anonymous(port), endpoint);
			if (anonymous.status() != 401) {
				violations.add("anonymous " + endpoint + " → " + anonymous.status());
			}
			for (var user : USERS.entrySet()) {
				Set<String> allowed = ACCESS.get(endpoint);
				boolean mayCall = allowed.contains("*") || user.getValue().stream().anyMatch(allowed::contains);
				Response response = call(ApiClient.as(port, user.getKey()), endpoint);
				boolean refused = response.status() == 401 || response.status() == 403;
				if (mayCall == refused || response.status() >= 500) {
					violations.add(user.getKey() + " " + endpoint + " → " + response.status()
							+ (mayCall ? " (should be allowed)" : " (should be 403)"));
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void theEngineRestApiAndTheApiDocsNeedALogin() {
		ApiClient anonymous = ApiClient.anonymous(port);
		for (String path : List.of("/engine-rest/engine", "/engine-rest/task", "/engine-rest/user",
				"/engine-rest/process-definition", "/v3/api-docs", "/swagger-ui/index.html")) {
			assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
		}
		assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
	}

	private List<String> apiEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			Set<String> patterns = info.getPatternValues();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : patterns) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(m.name() + " " + pattern);
				}
			}
		});
		return List.copyOf(endpoints);
	}

	private static Response call(ApiClient client, String endpoint) {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "999999");
		return switch (method) {
			case "GET" -> client.get(path);
			case "POST" -> client.post(path, "{}");
			case "PUT" -> client.put(path, "{}");
			case "DELETE" -> client.delete(path);
			default -> throw new IllegalArgumentException("add " + method + " to AuthorizationMatrixIT.call");
		};
	}
}
