package io.clearance.screening.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import io.clearance.screening.Category;
import io.clearance.screening.Finding;
import io.clearance.screening.PackVersion;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.Route;
import io.clearance.screening.RulePackStatus;
import io.clearance.screening.ScreeningRequest;
import io.clearance.screening.ScreeningResult;
import io.clearance.screening.Severity;

/** The JSON contract of DESIGN.md, on a standalone MockMvc (no application context). */
class ScreeningControllerTest {

	private final AtomicReference<ScreeningRequest> received = new AtomicReference<>();
	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		ScreeningResult result = new ScreeningResult(Route.BLOCK, false,
				List.of(new Finding("PHI_PATIENT_NAME", "hipaa-phi", Category.PHI, Severity.BLOCKER, "Names a patient.",
						19, 29, "our patient", "Replace the name, or attach the signed authorization.")),
				List.of(new PackVersion("hipaa-phi", "1.0.0")));
		mvc = MockMvcBuilders.standaloneSetup(new ScreeningController(request -> {
			received.set(request);
			return result;
		}, () -> List.of(new RulePackStatus("hipaa-phi", "HIPAA protected health information", "1.0.0", true,
				RulePackStatus.Status.REFUSED, "version 1.1.0 refused: DRL does not compile: phi.drl:12: ..."),
				new RulePackStatus("medical-claims", "Medical claims", "1.2.0", true, RulePackStatus.Status.ACTIVE,
						null, new RulePackStatus.Examples(90, RulePackStatus.Verdict.REUSED,
								Instant.parse("2026-11-30T21:00:00.123Z"), "all 90 examples passed ...")))))
			.build();
	}

	@Test
	void screensATextAndAnswersWithRouteFindingsAndPackVersions() throws Exception {
		mvc.perform(post("/api/screenings").contentType(MediaType.APPLICATION_JSON).content("""
				{"text": "Proud of our patient John Smith", "platform": "FACEBOOK", "kind": "POST", "sponsored": false}
				"""))
			.andExpect(status().isOk())
			.andExpect(content().json("""
					{"route": "BLOCK", "fastTrackEligible": false,
					 "findings": [{"ruleId": "PHI_PATIENT_NAME", "pack": "hipaa-phi", "category": "PHI",
					               "severity": "BLOCKER", "message": "Names a patient.", "start": 19, "end": 29,
					               "suggestion": "our patient",
					               "advice": "Replace the name, or attach the signed authorization."}],
					 "packs": [{"id": "hipaa-phi", "version": "1.0.0"}]}
					""", true));
		assertThat(received.get()).isEqualTo(new ScreeningRequest("Proud of our patient John Smith", Platform.FACEBOOK,
				PostKind.POST, false, false, List.of()));
	}

	@Test
	void passesTheOptionalConsentAndMediaDescriptionsOn() throws Exception {
		mvc.perform(post("/api/screenings").contentType(MediaType.APPLICATION_JSON).content("""
				{"text": "x", "platform": "INSTAGRAM", "kind": "REVIEW_REPLY", "sponsored": true,
				 "consentOnFile": true, "mediaDescriptions": ["a nurse holding a newborn"]}
				"""))
			.andExpect(status().isOk());
		assertThat(received.get()).isEqualTo(new ScreeningRequest("x", Platform.INSTAGRAM, PostKind.REVIEW_REPLY, true,
				true, List.of("a nurse holding a newborn")));
	}

	@Test
	void screensAnEmptyText() throws Exception {
		mvc.perform(post("/api/screenings").contentType(MediaType.APPLICATION_JSON).content("""
				{"text": "", "platform": "TWITTER", "kind": "POST", "sponsored": false}
				"""))
			.andExpect(status().isOk());
		assertThat(received.get().text()).isEmpty();
	}

	@Test
	void refusesAMissingTextPlatformKindOrSponsoredFlag() throws Exception {
		for (String body : List.of("""
				{"platform": "TWITTER", "kind": "POST", "sponsored": false}""", """
				{"text": "hi", "kind": "POST", "sponsored": false}""", """
				{"text": "hi", "platform": "TWITTER", "sponsored": false}""", """
				{"text": "hi", "platform": "TWITTER", "kind": "POST"}""")) {
			mvc.perform(post("/api/screenings").contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isBadRequest());
		}
		assertThat(received.get()).isNull();
	}

	@Test
	void refusesATextLongerThanTheLimit() throws Exception {
		String text = "a".repeat(ScreeningRequestBody.MAX_TEXT + 1);
		mvc.perform(post("/api/screenings").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"" + text + "\", \"platform\": \"TWITTER\", \"kind\": \"POST\", \"sponsored\": false}"))
			.andExpect(status().isBadRequest());
		assertThat(received.get()).isNull();
	}

	@Test
	void refusesAnUnknownPlatform() throws Exception {
		mvc.perform(post("/api/screenings").contentType(MediaType.APPLICATION_JSON).content("""
				{"text": "hi", "platform": "MYSPACE", "kind": "POST", "sponsored": false}
				"""))
			.andExpect(status().isBadRequest());
	}

	@Test
	void listsTheRulePacksWithTheirStatus() throws Exception {
		mvc.perform(get("/api/rule-packs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value("hipaa-phi"))
			.andExpect(jsonPath("$[0].name").value("HIPAA protected health information"))
			.andExpect(jsonPath("$[0].version").value("1.0.0"))
			.andExpect(jsonPath("$[0].enabled").value(true))
			.andExpect(jsonPath("$[0].status").value("REFUSED"))
			.andExpect(jsonPath("$[0].error").value("version 1.1.0 refused: DRL does not compile: phi.drl:12: ..."))
			.andExpect(jsonPath("$[0].examples").value(nullValue()))
			.andExpect(jsonPath("$[1].status").value("ACTIVE"))
			.andExpect(jsonPath("$[1].examples.passed").value(90))
			.andExpect(jsonPath("$[1].examples.verdict").value("REUSED"))
			// (its format is the application's ObjectMapper's: RulePackApiIT)
			.andExpect(jsonPath("$[1].examples.passedAt").exists())
			.andExpect(jsonPath("$[1].examples.summary").value("all 90 examples passed ..."));
	}
}
