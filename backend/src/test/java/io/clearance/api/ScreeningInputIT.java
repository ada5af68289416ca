package io.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.api.ApiClient.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Bad and unusual input on {@code POST /api/screenings}, over real HTTP with every rule pack: a clear 400 problem
 * detail or a correct result, never a 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScreeningInputIT {

	@LocalServerPort
	int port;

	Response screen(Object body) {
		return ApiClient.as(port, "author").post("/api/screenings", body);
	}

	static Map<String, Object> body(String text) {
		Map<String, Object> body = new HashMap<>();
		body.put("text", text);
		body.put("platform", "FACEBOOK");
		body.put("kind", "POST");
		body.put("sponsored", false);
		return body;
	}

	static void assertProblem(Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).contains("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("type").asText()).startsWith("urn:clearance:problem:");
		assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at io.");
	}

	@Test
	void anEmptyTextIsScreenedAndPasses() {
		Response response = screen(body(""));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("route").asText()).isEqualTo("PASS");
		assertThat(response.json().get("findings")).isEmpty();
	}

	@Test
	void aOneMegabyteTextIsRefusedAsTooLongNotAsTooLarge() {
		Response response = screen(body("a".repeat(1024 * 1024)));
		assertProblem(response, 400);
		assertThat(response.json().get("detail").asText()).contains("text");
	}

	@Test
	void aBodyOverTheLimitIs413() {
		assertProblem(screen(body("a".repeat(3 * 1024 * 1024))), 413);
	}

	@Test
	void anUnknownPlatformOrKindOrAMissingFieldIs400() {
		Map<String, Object> platform = body("hi");
		platform.put("platform", "MYSPACE");
		assertProblem(screen(platform), 400);
		Map<String, Object> kind = body("hi");
		kind.put("kind", "TWEETSTORM");
		assertProblem(screen(kind), 400);
		Map<String, Object> missing = body("hi");
		missing.remove("kind");
		assertProblem(screen(missing), 400);
		Map<String, Object> wrongType = body("hi");
		wrongType.put("sponsored", "maybe");
		assertProblem(screen(wrongType), 400);
		Map<String, Object> nullMedia = body("hi");
		nullMedia.put("mediaDescriptions", java.util.Arrays.asList("ok", null));
		assertProblem(screen(nullMedia), 400);
	}

	@Test
	void malformedJsonIs400() {
		assertProblem(screen("{\"text\": \"unterminated"), 400);
		assertProblem(screen("[1, 2, 3]"), 400);
		assertProblem(screen("{\"text\": \"raw \u0001 control\", \"platform\": \"FACEBOOK\", \"kind\": \"POST\", "
				+ "\"sponsored\": false}"), 400);
	}

	@Test
	void escapedControlCharactersAreScreenedWithCorrectOffsets() {
		String text = "\u0000\u0007\t So proud of our patient John Smith\u001b today.";
		Response response = screen(body(text));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode finding = response.json().at("/findings/0");
		assertThat(finding.get("ruleId").asText()).isEqualTo("PHI_PATIENT_NAME");
		assertThat(text.substring(finding.get("start").asInt(), finding.get("end").asInt())).isEqualTo("John Smith");
	}

	@Test
	void emojiCountTwoCharsInOffsetsAndOneTowardXsLimit() {
		String text = "🎉🎉 So proud of our patient John Smith! 🫀";
		Response response = screen(body(text));
		assertThat(response.status()).isEqualTo(200);
		JsonNode finding = response.json().at("/findings/0");
		assertThat(text.substring(finding.get("start").asInt(), finding.get("end").asInt())).isEqualTo("John Smith");

		Map<String, Object> tweet = body("🎉".repeat(280));
		tweet.put("platform", "TWITTER");
		Response within = screen(tweet);
		assertThat(within.status()).isEqualTo(200);
		assertThat(within.json().get("findings")).isEmpty();
		tweet.put("text", "🎉".repeat(281));
		assertThat(screen(tweet).json().at("/findings/0/ruleId").asText()).isEqualTo("PLATFORM_X_LENGTH");
	}

	@Test
	void rightToLeftTextIsScreenedInLogicalOrder() {
		String text = "שלום! מרפאה חדשה נפתחה. Her mobile: (555) 327-9182 مرحبا بكم";
		Response response = screen(body(text));
		assertThat(response.status()).isEqualTo(200);
		// the phone number's offsets count the right-to-left characters in logical order (other findings, e.g. the
		// consent pack's meaning signal on "Her mobile", may come first)
		JsonNode finding = null;
		for (JsonNode each : response.json().get("findings")) {
			if (each.get("ruleId").asText().equals("PHI_PHONE_NUMBER")) {
				finding = each;
			}
		}
		assertThat(finding).as(response.toString()).isNotNull();
		assertThat(text.substring(finding.get("start").asInt(), finding.get("end").asInt())).isEqualTo("(555) 327-9182");
		Response plain = screen(body("مرحبا بكم في مستشفانا. ברוכים הבאים"));
		assertThat(plain.status()).isEqualTo(200);
		assertThat(plain.json().get("route").asText()).isEqualTo("PASS");
	}

	@Test
	void loneSurrogatesAndOddWhitespaceDoNotBreakScreening() {
		Response response = screen("{\"text\": \"broken \\ud83d pair \\u2028 line \\u00a0 space\", "
				+ "\"platform\": \"TWITTER\", \"kind\": \"REVIEW_REPLY\", \"sponsored\": true, "
				+ "\"mediaDescriptions\": [\"\", \"\\u0000\"]}");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(List.of("PASS", "NEEDS_COMPLIANCE", "NEEDS_LEGAL", "BLOCK"))
			.contains(response.json().get("route").asText());
	}
}
