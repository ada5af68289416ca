package io.clearance.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * There is no Docker engine here, so {@code docker-compose.yml} is checked by reading it: two Clearance nodes on one
 * PostgreSQL behind the load balancer, health checks and volumes, credentials only from the environment, and only
 * properties the application documents.
 */
class DockerComposeTest {

	static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	final JsonNode compose = read();

	@Test
	void runsTwoNodesOnOnePostgresBehindALoadBalancer() throws IOException {
		JsonNode services = compose.get("services");
		assertThat(names(services)).contains("postgres", "clearance-1", "clearance-2", "lb");
		String nginx = Files.readString(ROOT.resolve("deploy/nginx.conf"));
		for (String node : List.of("clearance-1", "clearance-2")) {
			JsonNode service = services.get(node);
			assertThat(service.at("/environment/SPRING_DATASOURCE_URL").asText())
				.isEqualTo("jdbc:postgresql://postgres:5432/clearance");
			assertThat(service.at("/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
			assertThat(service.at("/healthcheck/test").toString()).contains("/actuator/health");
			assertThat(nginx).contains("server " + node + ":8080");
		}
		assertThat(services.at("/postgres/volumes/0").asText()).startsWith("postgres-data:");
		assertThat(compose.get("volumes").has("postgres-data")).isTrue();
		assertThat(services.at("/lb/volumes/0").asText()).startsWith("./deploy/nginx.conf:");
	}

	@Test
	void secretsComeFromTheEnvironmentOnly() {
		List<String> secrets = new ArrayList<>();
		compose.get("services").forEach(service -> service.path("environment").fields().forEachRemaining(e -> {
			if (e.getKey().contains("PASSWORD")) {
				secrets.add(e.getKey() + "=" + e.getValue().asText());
			}
		}));
		assertThat(secrets).isNotEmpty().allSatisfy(s -> assertThat(s).matches("[A-Z_]+=\\$\\{[A-Z_]+:\\?.+}"));
	}

	@Test
	void usesOnlyDocumentedProperties() throws IOException {
		String readme = Files.readString(ROOT.resolve("README.md"));
		// the start script's own variables are documented in its header (and docs/operations.md)
		String script = Files.readString(ROOT.resolve("deploy/run-clearance.sh"));
		compose.get("services").get("clearance-1").get("environment").fieldNames().forEachRemaining(variable -> {
			if (script.lines().anyMatch(line -> line.startsWith("# " + variable + " "))) {
				return;
			}
			String property = variable.toLowerCase().replace('_', '.');
			assertThat(readme).as(variable + " is documented in README's configuration table")
				.containsIgnoringCase(property);
		});
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static JsonNode read() {
		try {
			return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
