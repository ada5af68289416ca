package io.clearance.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.api.ApiClient;
import io.clearance.api.ApiClient.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The dashboard's figures over real HTTP, after real work went through the engine. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DashboardApiIT {

	static final String CLAIM = "Our new knee therapy is guaranteed to cure arthritis, 100% effective!";

	@LocalServerPort
	int port;

	@Test
	void reportsQueuesStageTimesFindingsAndDismissals() {
		ApiClient author = ApiClient.as(port, "author");
		ApiClient compliance = ApiClient.as(port, "compliance");
		Response created = author.post("/api/posts", Map.of("text", CLAIM, "platforms", List.of("FACEBOOK")));
		long id = created.json().get("id").asLong();
		assertThat(author.post("/api/posts/" + id + "/submit", "").status()).isEqualTo(200);
		JsonNode finding = author.get("/api/posts/" + id).json().at("/screening/findings/0");
		assertThat(compliance.post("/api/posts/" + id + "/dismissals", Map.of("ruleId", finding.get("ruleId").asText(),
				"start", finding.get("start").asInt(), "end", finding.get("end").asInt(), "reason", "Quoted study"))
			.status()).isEqualTo(201);
		String taskId = null;
		for (JsonNode task : compliance.get("/api/tasks?limit=1000").json()) {
			if (task.get("postId").asLong() == id) {
				taskId = task.get("id").asText();
			}
		}
		assertThat(compliance.post("/api/tasks/" + taskId + "/decision", Map.of("decision", "APPROVE")).status())
			.isEqualTo(204);

		Response response = compliance.get("/api/dashboard?days=30");
		assertThat(response.status()).isEqualTo(200);
		JsonNode dashboard = response.json();
		assertThat(dashboard.get("days").asInt()).isEqualTo(30);
		assertThat(dashboard.get("queues")).anySatisfy(queue -> {
			assertThat(queue.get("taskDefinitionKey").asText()).isEqualTo("Task_LegalSignOff");
			assertThat(queue.get("open").asLong()).isPositive();
		});
		assertThat(dashboard.get("stageTimes")).anySatisfy(stage -> {
			assertThat(stage.get("taskDefinitionKey").asText()).isEqualTo("Task_ComplianceReview");
			assertThat(stage.get("completed").asInt()).isPositive();
			assertThat(stage.get("p90Seconds").asLong()).isGreaterThanOrEqualTo(stage.get("medianSeconds").asLong());
		});
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		assertThat(dashboard.get("findingsByCategory")).anySatisfy(entry -> {
			assertThat(entry.get("day").asText()).isEqualTo(today);
			assertThat(entry.get("category").asText()).isEqualTo("MEDICAL_CLAIM");
		});
		assertThat(dashboard.get("findingsByRule")).anySatisfy(
				entry -> assertThat(entry.get("ruleId").asText()).isEqualTo(finding.get("ruleId").asText()));
		assertThat(dashboard.get("dismissalsByRule")).anySatisfy(entry -> {
			assertThat(entry.get("ruleId").asText()).isEqualTo(finding.get("ruleId").asText());
			assertThat(entry.get("dismissals").asLong()).isPositive();
		});
		assertThat(dashboard.get("slaBreaches").isArray()).isTrue();
	}

	@Test
	void refusesAWindowOutsideOneToThreeHundredSixtySixDays() {
		ApiClient compliance = ApiClient.as(port, "compliance");
		Response zero = compliance.get("/api/dashboard?days=0");
		assertThat(zero.status()).isEqualTo(422);
		assertThat(zero.json().get("type").asText()).isEqualTo("urn:clearance:problem:invalid-days");
		assertThat(compliance.get("/api/dashboard?days=367").status()).isEqualTo(422);
	}
}
