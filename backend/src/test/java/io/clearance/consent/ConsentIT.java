package io.clearance.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.api.ApiClient;
import io.clearance.api.ApiClient.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The consent registry over real HTTP: who sees what, and revoking a consent pulls the posts that use it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsentIT {

	static final String STORY = "After her knee replacement Maria is back on the tennis court. Thank you for sharing "
			+ "your story!";

	@LocalServerPort
	int port;

	ApiClient as(String user) {
		return ApiClient.as(port, user);
	}

	@Test
	void onlyComplianceLegalAndAdminsSeeWhoThePatientIs() {
		long id = recordConsent();
		JsonNode forAuthor = as("author").get("/api/consents/" + id).json();
		assertThat(forAuthor.get("label").asText()).isEqualTo("Maria, knee replacement story");
		assertThat(forAuthor.get("patientRef").isNull()).isTrue();
		assertThat(forAuthor.get("documentRef").isNull()).isTrue();
		JsonNode forLegal = as("legal").get("/api/consents/" + id).json();
		assertThat(forLegal.get("patientRef").asText()).isEqualTo("MRN-000123");
		assertThat(forLegal.get("status").asText()).isEqualTo("ACTIVE");
	}

	@Test
	void revokingAConsentPullsThePostsThatUseIt() {
		long consent = recordConsent();
		long scheduled = approvedPost(consent, Instant.now().plus(Duration.ofDays(3)));
		long published = approvedPost(consent, null);
		awaitStatus(published, "PUBLISHED");
		assertThat(status(scheduled)).isEqualTo("SCHEDULED");

		Response revoked = as("compliance").post("/api/consents/" + consent + "/revoke",
				Map.of("reason", "Patient withdrew consent by phone"));
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.json().get("status").asText()).isEqualTo("REVOKED");

		// screened again without its consent, the story is blocked (patient-consent: its rules, or its meaning signal
		// since issue 3), so the new revision goes back to its author
		JsonNode pulled = as("author").get("/api/posts/" + scheduled).json();
		assertThat(pulled.get("status").asText()).isEqualTo("CHANGES_REQUESTED");
		assertThat(pulled.at("/revision/number").asInt()).as("the same content as a new revision").isEqualTo(2);
		assertThat(pulled.at("/screening/revision").asInt()).as("screened again").isEqualTo(2);
		assertThat(pulled.at("/screening/route").asText()).isEqualTo("BLOCK");
		assertThat(pulled.at("/screening/findings").findValuesAsText("category")).contains("PATIENT_CONSENT");
		assertThat(pulled.get("decisions")).allSatisfy(d -> assertThat(d.get("current").asBoolean()).isFalse());

		JsonNode takenDown = as("author").get("/api/posts/" + published).json();
		assertThat(takenDown.get("status").asText()).isEqualTo("PUBLISHED");
		assertThat(takenDown.get("takedownRequired").asBoolean()).isTrue();
		assertThat(as("author").get("/api/posts/" + published + "/history").json().findValuesAsText("type"))
			.contains("CONSENT_REVOKED");

		assertThat(as("compliance").post("/api/consents/" + consent + "/revoke", Map.of("reason", "again")).status())
			.isEqualTo(409);
	}

	@Test
	void badConsentRequestsAreRefusedAndChangeNothing() {
		int before = as("compliance").get("/api/consents").json().size();
		assertThat(as("compliance").post("/api/consents", Map.of("label", "x", "patientRef", "p", "uses", List.of(),
				"channels", List.of("FACEBOOK"))).status()).isEqualTo(400);
		assertThat(as("compliance").post("/api/consents", Map.of("label", "x", "patientRef", "p", "uses",
				List.of("STORY"), "channels", List.of("FACEBOOK"), "expiresAt", "2020-01-01T00:00:00Z")).status())
			.isEqualTo(422);
		assertThat(as("author").post("/api/consents", Map.of("label", "x", "patientRef", "p", "uses",
				List.of("STORY"), "channels", List.of("FACEBOOK"))).status()).isEqualTo(403);
		assertThat(as("compliance").get("/api/consents").json().size()).isEqualTo(before);
		assertThat(as("compliance").post("/api/consents/999999/revoke", Map.of("reason", "x")).status())
			.isEqualTo(404);
		assertThat(as("compliance").post("/api/consents/" + recordConsent() + "/revoke", Map.of()).status())
			.isEqualTo(400);
	}

	private long recordConsent() {
		Response created = as("compliance").post("/api/consents",
				Map.of("label", "Maria, knee replacement story", "patientRef", "MRN-000123", "documentRef",
						"dms://consents/2026/000123.pdf", "uses", List.of("STORY", "PHOTO"), "channels",
						List.of("FACEBOOK", "INSTAGRAM"), "expiresAt", Instant.now().plus(Duration.ofDays(365)).toString()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private long approvedPost(long consent, Instant scheduledAt) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("text", STORY, "platforms", List.of("FACEBOOK"),
				"consentIds", List.of(String.valueOf(consent))));
		if (scheduledAt != null) {
			body.put("scheduledAt", scheduledAt.toString());
		}
		long id = as("author").post("/api/posts", body).json().get("id").asLong();
		assertThat(as("author").post("/api/posts/" + id + "/submit", "").status()).isEqualTo(200);
		String task = null;
		for (JsonNode t : as("compliance").get("/api/tasks?limit=1000").json()) {
			if (t.get("postId").asLong() == id) {
				task = t.get("id").asText();
			}
		}
		assertThat(task).as("compliance task for post " + id + ": " + as("author").get("/api/posts/" + id))
			.isNotNull();
		Response decided = as("compliance").post("/api/tasks/" + task + "/decision", Map.of("decision", "APPROVE"));
		assertThat(decided.status()).as(decided.toString()).isEqualTo(204);
		return id;
	}

	private String status(long id) {
		return as("author").get("/api/posts/" + id).json().get("status").asText();
	}

	private void awaitStatus(long id, String status) {
		io.clearance.api.PostApiIT.awaitStatus(as("author"), id, status);
	}
}
