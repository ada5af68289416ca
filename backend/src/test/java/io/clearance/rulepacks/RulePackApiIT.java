package io.clearance.rulepacks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.api.ApiClient;
import io.clearance.api.ApiClient.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The rules administration API over real HTTP against the running application. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RulePackApiIT {

	static final String NAMES_A_PATIENT = "So proud of our patient John Smith, who walked out of rehab on his own today!";

	@LocalServerPort
	int port;

	ApiClient rulesAdmin() {
		return ApiClient.as(port, "rulesadmin");
	}

	ApiClient compliance() {
		return ApiClient.as(port, "compliance");
	}

	ApiClient author() {
		return ApiClient.as(port, "author");
	}

	@Test
	void runsAPacksExamplesAndReportsEachOne() {
		Response run = rulesAdmin().post("/api/rule-packs/review-replies/examples/run", "");

		assertThat(run.status()).as(run.toString()).isEqualTo(200);
		JsonNode body = run.json();
		assertThat(body.get("pack").asText()).isEqualTo("review-replies");
		assertThat(body.get("failed").asInt()).isZero();
		assertThat(body.get("passed").asInt()).isGreaterThanOrEqualTo(16).isEqualTo(body.get("results").size());
		assertThat(body.at("/results/0/name").asText()).isNotBlank();
		assertThat(body.at("/results/0/passed").asBoolean()).isTrue();
	}

	@Test
	void listsHowEachActivePacksExamplesPassed() {
		Response list = compliance().get("/api/rule-packs");

		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(list.json().size()).isGreaterThanOrEqualTo(10);
		for (JsonNode pack : list.json()) {
			assertThat(pack.get("status").asText()).as(pack.toString()).isEqualTo("ACTIVE");
			JsonNode examples = pack.get("examples");
			// the tests run from a folder of classes, where no verdict is kept: every pack ran its examples
			assertThat(examples.get("verdict").asText()).as(pack.toString()).isEqualTo("RUN");
			assertThat(examples.get("passed").asInt()).isPositive();
			assertThat(examples.get("passedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:.*Z");
			assertThat(examples.get("summary").asText()).startsWith("all " + examples.get("passed").asInt()
					+ " examples passed when this version was loaded, at ");
		}
	}

	@Test
	void anUnknownPackIsNotFound() {
		Response run = rulesAdmin().post("/api/rule-packs/no-such-pack/examples/run", "");
		assertThat(run.status()).isEqualTo(404);
		assertThat(run.contentType()).contains("application/problem+json");
	}

	@Test
	void triesATextLikeAScreening() {
		Response tried = rulesAdmin().post("/api/rule-packs/try",
				Map.of("text", NAMES_A_PATIENT, "platform", "FACEBOOK", "kind", "POST"));

		assertThat(tried.status()).as(tried.toString()).isEqualTo(200);
		assertThat(tried.json().get("route").asText()).isEqualTo("BLOCK");
		assertThat(tried.json().at("/findings/0/ruleId").asText()).isEqualTo("PHI_PATIENT_NAME");
		assertThat(tried.json().get("packs").size()).isGreaterThanOrEqualTo(10);
		assertThat(rulesAdmin().post("/api/rule-packs/try", Map.of("text", "x", "platform", "MYSPACE", "kind", "POST"))
			.status()).isEqualTo(400);
	}

	@Test
	void replaysStoredRevisionsAgainstTheCurrentPacks() {
		long screened = createAndSubmit(NAMES_A_PATIENT);
		long draft = create("Visit our patient Maria Lopez, discharged on March 3.");

		Response replay = rulesAdmin().post("/api/rule-packs/replay", Map.of("days", 1));

		assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
		JsonNode results = replay.json().get("results");
		JsonNode ofScreened = resultFor(results, screened);
		assertThat(ofScreened.get("screenedRevision").asInt()).isEqualTo(1);
		assertThat(ofScreened.get("storedRoute").asText()).isEqualTo("BLOCK");
		assertThat(ofScreened.get("appeared")).isEmpty();
		assertThat(ofScreened.get("disappeared")).isEmpty();
		JsonNode ofDraft = resultFor(results, draft);
		assertThat(ofDraft.get("storedRoute").isNull()).isTrue();
		List<String> appeared = new ArrayList<>();
		ofDraft.get("appeared").forEach(f -> appeared.add(f.get("ruleId").asText()));
		assertThat(appeared).contains("PHI_PATIENT_NAME", "PHI_CARE_DATE");
		assertThat(replay.json().get("changed").asInt()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void replayNeedsADayCountWithinLimits() {
		assertThat(rulesAdmin().post("/api/rule-packs/replay", Map.of()).status()).isEqualTo(400);
		assertThat(rulesAdmin().post("/api/rule-packs/replay", Map.of("days", 0)).status()).isEqualTo(400);
		assertThat(rulesAdmin().post("/api/rule-packs/replay", Map.of("days", 10_000)).status()).isEqualTo(400);
	}

	@Test
	void aReviewerDismissesAFindingAndTheRuleDismissalRateCountsIt() {
		long id = createAndSubmit(NAMES_A_PATIENT);
		JsonNode finding = author().get("/api/posts/" + id).json().at("/screening/findings/0");
		String ruleId = finding.get("ruleId").asText();
		int start = finding.get("start").asInt();
		int end = finding.get("end").asInt();

		Response dismissed = compliance().post("/api/posts/" + id + "/dismissals",
				Map.of("ruleId", ruleId, "start", start, "end", end, "reason", "John Smith is our volunteer."));

		assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(201);
		assertThat(dismissed.json().get("dismissedBy").asText()).isEqualTo("compliance");
		assertThat(dismissed.json().get("revision").asInt()).isEqualTo(1);
		Response again = compliance().post("/api/posts/" + id + "/dismissals",
				Map.of("ruleId", ruleId, "start", start, "end", end, "reason", "again"));
		assertThat(again.status()).isEqualTo(409);
		JsonNode listed = compliance().get("/api/posts/" + id + "/dismissals").json();
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).get("ruleId").asText()).isEqualTo(ruleId);
		assertThat(listed.get(0).get("reason").asText()).isEqualTo("John Smith is our volunteer.");
		assertThat(compliance().get("/api/posts/999999/dismissals").status()).isEqualTo(404);

		JsonNode rates = compliance().get("/api/rule-packs/dismissal-rates").json();
		JsonNode rate = null;
		for (JsonNode r : rates) {
			if (r.get("ruleId").asText().equals(ruleId)) {
				rate = r;
			}
		}
		assertThat(rate).isNotNull();
		assertThat(rate.get("pack").asText()).isEqualTo("hipaa-phi");
		assertThat(rate.get("dismissals").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(rate.get("findings").asLong()).isGreaterThanOrEqualTo(rate.get("dismissals").asLong());
		assertThat(rate.get("rate").asDouble()).isBetween(0.0, 1.0);
	}

	@Test
	void listsAPostsDismissalsAndMarksThemInThePostView() {
		long id = createAndSubmit(NAMES_A_PATIENT);
		JsonNode finding = author().get("/api/posts/" + id).json().at("/screening/findings/0");
		assertThat(author().get("/api/posts/" + id).json().at("/screening/dismissed").size()).isZero();
		compliance().post("/api/posts/" + id + "/dismissals", Map.of("ruleId", finding.get("ruleId").asText(), "start",
				finding.get("start").asInt(), "end", finding.get("end").asInt(), "reason", "John Smith is staff."));

		Response listed = compliance().get("/api/posts/" + id + "/dismissals");

		assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
		assertThat(listed.json().size()).isEqualTo(1);
		JsonNode dismissal = listed.json().get(0);
		assertThat(dismissal.get("ruleId").asText()).isEqualTo("PHI_PATIENT_NAME");
		assertThat(dismissal.get("pack").asText()).isEqualTo("hipaa-phi");
		assertThat(dismissal.get("start").asInt()).isEqualTo(NAMES_A_PATIENT.indexOf("John Smith"));
		assertThat(dismissal.get("end").asInt()).isEqualTo(NAMES_A_PATIENT.indexOf("John Smith") + 10);
		assertThat(dismissal.get("reason").asText()).isEqualTo("John Smith is staff.");
		assertThat(dismissal.get("dismissedBy").asText()).isEqualTo("compliance");
		assertThat(dismissal.get("dismissedAt").asText()).isNotBlank();
		assertThat(dismissal.get("revision").asInt()).isEqualTo(1);
		JsonNode screening = author().get("/api/posts/" + id).json().get("screening");
		assertThat(screening.get("findings").get(0).get("ruleId").asText()).isEqualTo("PHI_PATIENT_NAME");
		assertThat(screening.get("dismissed").size()).isEqualTo(1);
		assertThat(screening.at("/dismissed/0/ruleId").asText()).isEqualTo("PHI_PATIENT_NAME");
		assertThat(screening.at("/dismissed/0/start").asInt()).isEqualTo(finding.get("start").asInt());
		assertThat(screening.at("/dismissed/0/reason").asText()).isEqualTo("John Smith is staff.");
		JsonNode inList = null;
		for (JsonNode post : author().get("/api/posts").json()) {
			if (post.get("id").asLong() == id) {
				inList = post;
			}
		}
		assertThat(inList).as("the post in the author's list").isNotNull();
		assertThat(inList.at("/screening/dismissed")).as("the list reads the dismissals too").hasSize(1);
		assertThat(inList.at("/screening/dismissed/0/ruleId").asText()).isEqualTo("PHI_PATIENT_NAME");
		assertThat(compliance().get("/api/posts/987654/dismissals").status()).isEqualTo(404);
		assertThat(author().get("/api/posts/" + id + "/dismissals").status()).isEqualTo(403);
	}

	@Test
	void aDismissalNeedsAReasonAndAFindingThePostHas() {
		long id = createAndSubmit(NAMES_A_PATIENT);

		Response noReason = compliance().post("/api/posts/" + id + "/dismissals",
				Map.of("ruleId", "PHI_PATIENT_NAME", "start", 25, "end", 35, "reason", " "));
		Response noSuchFinding = compliance().post("/api/posts/" + id + "/dismissals",
				Map.of("ruleId", "PHI_PATIENT_NAME", "start", 0, "end", 4, "reason", "not a name"));
		Response noSuchPost = compliance().post("/api/posts/987654/dismissals",
				Map.of("ruleId", "PHI_PATIENT_NAME", "start", 0, "end", 4, "reason", "x"));

		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noSuchFinding.status()).as(noSuchFinding.toString()).isEqualTo(400);
		assertThat(noSuchFinding.json().get("type").asText()).isEqualTo("urn:clearance:problem:no-such-finding");
		assertThat(noSuchPost.status()).isEqualTo(404);
	}

	@Test
	void authorsCannotDismissNorRunExamples() {
		assertThat(author().post("/api/posts/1/dismissals",
				Map.of("ruleId", "X", "start", 0, "end", 0, "reason", "x")).status()).isEqualTo(403);
		assertThat(author().post("/api/rule-packs/hipaa-phi/examples/run", "").status()).isEqualTo(403);
		assertThat(compliance().post("/api/rule-packs/replay", Map.of("days", 1)).status()).isEqualTo(403);
	}

	private long create(String text) {
		Response created = author().post("/api/posts",
				Map.of("text", text, "platforms", List.of("FACEBOOK"), "kind", "POST"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private long createAndSubmit(String text) {
		long id = create(text);
		Response submitted = author().post("/api/posts/" + id + "/submit", "");
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		return id;
	}

	private static JsonNode resultFor(JsonNode results, long postId) {
		for (JsonNode result : results) {
			if (result.get("postId").asLong() == postId) {
				return result;
			}
		}
		throw new AssertionError("no replay result for post " + postId + " in " + results);
	}
}
