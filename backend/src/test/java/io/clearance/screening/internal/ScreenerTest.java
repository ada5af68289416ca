package io.clearance.screening.internal;

import static io.clearance.screening.internal.Fixtures.aFacebookPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.clearance.screening.Finding;
import io.clearance.screening.PackVersion;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.Route;
import io.clearance.screening.ScreeningRequest;
import io.clearance.screening.ScreeningResult;

/** Combining packs: route, fast track, pack versions, offsets. */
class ScreenerTest {

	static final Screener SCREENER = new Screener(new Recognisers("US"));
	static final PackCompiler COMPILER = new PackCompiler(SCREENER);
	static List<CompiledPack> repositoryPacks;
	static CompiledPack crisis;

	@BeforeAll
	static void compile(@TempDir Path rules) throws PackRefusedException {
		repositoryPacks = new ArrayList<>();
		for (PackSource source : new PackSources.Directory(Fixtures.RULES).read()) {
			repositoryPacks.add(COMPILER.compile(source));
		}
		TestPacks.aPack(rules, "crisis-test", """
				rule "CRISIS_FAST_TRACK"
				when
				    Post(kind == PostKind.CRISIS_UPDATE)
				then
				    outcome.allowFastTrack();
				end
				""", """
				- name: a crisis update may take the fast track
				  text: "Shelter in place: the east wing is closed."
				  platform: TWITTER
				  kind: CRISIS_UPDATE
				  expect: []
				  expectFastTrack: true
				- name: a post may not
				  text: "Shelter in place: the east wing is closed."
				  platform: TWITTER
				  kind: POST
				  expect: []
				  expectFastTrack: false
				""");
		crisis = COMPILER.compile(new PackSources.Directory(rules).read().get(0));
	}

	private static List<CompiledPack> withCrisis() {
		List<CompiledPack> packs = new ArrayList<>(repositoryPacks);
		packs.add(crisis);
		return packs;
	}

	@Test
	void passesAPostWithoutFindingsAndListsThePackVersionsUsed() {
		ScreeningResult result = SCREENER.screen(Fixtures.aCleanPost(), repositoryPacks);

		assertThat(result.route()).isEqualTo(Route.PASS);
		assertThat(result.findings()).isEmpty();
		assertThat(result.fastTrackEligible()).isFalse();
		assertThat(result.packs()).extracting(PackVersion::id).containsExactly("crisis", "endorsements",
				"gdpr-health-data", "hipaa-phi", "medical-claims", "misinformation", "patient-consent",
				"platform-policies", "review-replies", "testimonials");
	}

	@Test
	void blocksAPostNamingAPatient() {
		ScreeningResult result = SCREENER.screen(Fixtures.aPostNamingAPatient(), repositoryPacks);

		assertThat(result.route()).isEqualTo(Route.BLOCK);
		assertThat(result.findings()).extracting(Finding::ruleId, Finding::start, Finding::end).containsExactly(
				org.assertj.core.groups.Tuple.tuple("PHI_PATIENT_NAME", 24, 34),
				org.assertj.core.groups.Tuple.tuple("CONSENT_NAMED_PATIENT", 24, 34));
	}

	@Test
	void escalatesToLegalWhenAClaimIsFound() {
		ScreeningResult result = SCREENER.screen(Fixtures.aPostWithACureClaim(), repositoryPacks);

		assertThat(result.route()).isEqualTo(Route.NEEDS_LEGAL);
		assertThat(result.findings()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("CLAIM_CURE");
			assertThat(f.pack()).isEqualTo("medical-claims");
			assertThat(f.message()).isNotBlank();
			assertThat(f.suggestion()).isNotBlank();
		});
	}

	@Test
	void keepsTheStrictestRouteAndOrdersFindingsByPosition() {
		ScreeningResult result = SCREENER.screen(
				aFacebookPost("Our miracle pill worked for our patient John Smith, call him at (555) 234-9876."),
				repositoryPacks);

		assertThat(result.route()).isEqualTo(Route.BLOCK);
		assertThat(result.findings()).extracting(Finding::ruleId)
			.containsExactly("CLAIM_MIRACLE", "PHI_PATIENT_NAME", "CONSENT_NAMED_PATIENT", "PHI_PHONE_NUMBER");
	}

	@Test
	void theRepositoryPacksPutAnOperationalCrisisUpdateOnTheFastTrack() {
		ScreeningRequest update = new ScreeningRequest(
				"Shelter in place: a chemical spill has closed the east entrance. Stay indoors until the all-clear.",
				Platform.TWITTER, PostKind.CRISIS_UPDATE, false);

		ScreeningResult result = SCREENER.screen(update, repositoryPacks);

		assertThat(result.route()).isEqualTo(Route.PASS);
		assertThat(result.fastTrackEligible()).isTrue();
		assertThat(result.packs()).extracting(PackVersion::id).contains("crisis", "hipaa-phi");
	}

	@Test
	void aCrisisUpdateThatNamesAPatientStaysBlockedAndOffTheFastTrack() {
		ScreeningRequest update = new ScreeningRequest(
				"Evacuation update: patient John Miller, 67, from room 412 was moved to Mercy Regional.",
				Platform.TWITTER, PostKind.CRISIS_UPDATE, false);

		ScreeningResult result = SCREENER.screen(update, repositoryPacks);

		assertThat(result.route()).isEqualTo(Route.BLOCK);
		assertThat(result.fastTrackEligible()).isFalse();
		assertThat(result.findings()).extracting(Finding::ruleId).contains("PHI_PATIENT_NAME");
	}

	@Test
	void aCrisisUpdateThatNeedsLegalSignOffIsNotFastTracked() {
		ScreeningRequest update = new ScreeningRequest(
				"Evacuation update: drink our immune tea during the evacuation. It cures smoke damage!",
				Platform.FACEBOOK, PostKind.CRISIS_UPDATE, false);

		ScreeningResult result = SCREENER.screen(update, repositoryPacks);

		assertThat(result.route()).isEqualTo(Route.NEEDS_LEGAL);
		assertThat(result.fastTrackEligible()).isFalse();
	}

	@Test
	void aCrisisVideoWithoutCaptionsGoesToComplianceNotTheFastTrack() {
		ScreeningRequest update = new ScreeningRequest("Flood update: our director explains which clinics are closed "
				+ "on Tuesday.", Platform.YOUTUBE, PostKind.CRISIS_UPDATE, false, false,
				List.of("Video: the director speaks to the camera in the lobby"));
		ScreeningRequest captioned = new ScreeningRequest(update.text(), Platform.YOUTUBE, PostKind.CRISIS_UPDATE,
				false, false, List.of("Video with captions: the director speaks to the camera in the lobby"));

		ScreeningResult result = SCREENER.screen(update, repositoryPacks);

		assertThat(result.route()).isEqualTo(Route.NEEDS_COMPLIANCE);
		assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("PLATFORM_VIDEO_WITHOUT_CAPTIONS");
		assertThat(result.fastTrackEligible()).isFalse();
		assertThat(SCREENER.screen(captioned, repositoryPacks).fastTrackEligible()).isTrue();
	}

	@Test
	void aPacksRulesCanMakeACrisisUpdateFastTrackEligible() {
		ScreeningRequest update = new ScreeningRequest("Shelter in place: the east wing is closed until 6 pm.",
				Platform.TWITTER, PostKind.CRISIS_UPDATE, false);

		assertThat(SCREENER.screen(update, withCrisis()).fastTrackEligible()).isTrue();
	}

	@Test
	void aPhiFindingTakesTheFastTrackAway() {
		ScreeningRequest update = new ScreeningRequest(
				"Shelter in place. Our patient John Smith is safe; his family can call (555) 234-9876.",
				Platform.TWITTER, PostKind.CRISIS_UPDATE, false);

		ScreeningResult result = SCREENER.screen(update, withCrisis());

		assertThat(result.route()).isEqualTo(Route.BLOCK);
		assertThat(result.fastTrackEligible()).isFalse();
	}

	@Test
	void aPhiWarningWithConsentAlsoTakesTheFastTrackAway() {
		ScreeningRequest update = new ScreeningRequest("Our patient John Smith thanks the crisis team.",
				Platform.TWITTER, PostKind.CRISIS_UPDATE, false, true, List.of());

		ScreeningResult result = SCREENER.screen(update, withCrisis());

		assertThat(result.route()).isEqualTo(Route.NEEDS_COMPLIANCE);
		assertThat(result.fastTrackEligible()).isFalse();
	}

	@Test
	void offsetsAreCharIndexesThroughEmojiAndRightToLeftText() {
		String text = "👩🏽‍⚕️ שלום! Our patient Maria Lopez 🎉 called from (555) 234-9876 مرحبا";

		ScreeningResult result = SCREENER.screen(aFacebookPost(text), repositoryPacks);

		assertThat(result.findings()).extracting(f -> f.ruleId() + " " + text.substring(f.start(), f.end()))
			.containsExactly("PHI_PATIENT_NAME Maria Lopez", "CONSENT_NAMED_PATIENT Maria Lopez",
					"PHI_PHONE_NUMBER (555) 234-9876");
	}

	@Test
	void screensAnEmptyOrMissingText() {
		assertThat(SCREENER.screen(aFacebookPost(""), repositoryPacks).route()).isEqualTo(Route.PASS);
		assertThat(SCREENER.screen(aFacebookPost(null), repositoryPacks).route()).isEqualTo(Route.PASS);
	}

	@Test
	void aRuleThatLeavesOutTheMessageFailsLoudly(@TempDir Path rules) throws PackRefusedException {
		TestPacks.aPack(rules, "sloppy", """
				rule "NO_MESSAGE"
				when
				    Post()
				then
				    outcome.finding(kcontext).category(Category.PLATFORM_POLICY).severity(Severity.INFO);
				end
				""", """
				- name: any post
				  text: "hello"
				  platform: TWITTER
				  kind: POST
				  expect: [{ ruleId: NO_MESSAGE, start: 0, end: 0 }]
				""");
		CompiledPack sloppy = COMPILER.compileWithoutExamples(new PackSources.Directory(rules).read().get(0));

		assertThatThrownBy(() -> SCREENER.screen(aFacebookPost("hello"), List.of(sloppy)))
			.hasMessageContaining("NO_MESSAGE made a finding without a message");
	}

	@Test
	void aPackGetsEveryFactItsRulesCanMatchAndOnlyThose(@TempDir Path rules) throws PackRefusedException {
		TestPacks.aPack(rules, "spans", """
				rule "ANY_SPAN"
				when
				    $span : Span()
				then
				    outcome.finding(kcontext, $span).category(Category.PLATFORM_POLICY).severity(Severity.INFO)
				        .message("a span").advice("none");
				end
				""", """
				- name: a phone number and an e-mail address are spans
				  text: "Call (312) 555-0100 or write to info@example.org."
				  platform: TWITTER
				  kind: POST
				  expect: [{ ruleId: ANY_SPAN, start: 5, end: 19 }, { ruleId: ANY_SPAN, start: 32, end: 48 }]
				""");
		CompiledPack spans = COMPILER.compile(new PackSources.Directory(rules).read().get(0));

		// a pattern on the superclass accepts every span (a Phrase is one); Allowed and Media reach no node
		assertThat(spans.factTypes().matches(PhoneNumber.class)).isTrue();
		assertThat(spans.factTypes().matches(EmailAddress.class)).isTrue();
		assertThat(spans.factTypes().matches(Phrase.class)).isTrue();
		assertThat(spans.factTypes().matches(Allowed.class)).isFalse();
		assertThat(spans.factTypes().matches(Media.class)).isFalse();
		assertThat(SCREENER.screen(aFacebookPost("Call (312) 555-0100 or write to info@example.org."), List.of(spans))
			.findings()).extracting(Finding::start).containsExactly(5, 32);
	}

	private static final String ANY_POST_RULE = """
			rule "ANY_POST"
			when
			    Post()
			then
			    outcome.finding(kcontext).category(Category.PLATFORM_POLICY).severity(Severity.INFO)
			        .message("any post").advice("none");
			end
			""";

	@Test
	void aPackAboutSomeKindsOfPostIsSkippedForTheOthersAndStillListed(@TempDir Path rules) throws PackRefusedException {
		Path pack = TestPacks.aPack(rules, "replies-only", ANY_POST_RULE, """
				- name: a reply is screened
				  text: "Thank you!"
				  platform: FACEBOOK
				  kind: REVIEW_REPLY
				  expect: [{ ruleId: ANY_POST, start: 0, end: 0 }]
				- name: a post is not
				  text: "Thank you!"
				  platform: FACEBOOK
				  kind: POST
				  expect: []
				""");
		TestPacks.replace(pack.resolve("pack.yaml"), "enabled: true", "enabled: true\nkinds: [REVIEW_REPLY]");
		CompiledPack repliesOnly = COMPILER.compile(new PackSources.Directory(rules).read().get(0));

		ScreeningResult reply = SCREENER.screen(
				new ScreeningRequest("Thank you!", Platform.FACEBOOK, PostKind.REVIEW_REPLY, false), List.of(repliesOnly));
		ScreeningResult post = SCREENER.screen(aFacebookPost("Thank you!"), List.of(repliesOnly));

		assertThat(reply.findings()).extracting(Finding::ruleId).containsExactly("ANY_POST");
		assertThat(post.findings()).isEmpty();
		assertThat(post.packs()).extracting(PackVersion::id).containsExactly("replies-only");
	}

	@Test
	void aPackWhoseExamplesExpectAFindingOnAKindItSkipsIsRefused(@TempDir Path rules) {
		Path pack = TestPacks.aPack(rules, "replies-only", ANY_POST_RULE, """
				- name: a post expected to get the finding
				  text: "Thank you!"
				  platform: FACEBOOK
				  kind: POST
				  expect: [{ ruleId: ANY_POST, start: 0, end: 0 }]
				""");
		TestPacks.replace(pack.resolve("pack.yaml"), "enabled: true", "enabled: true\nkinds: [REVIEW_REPLY]");

		assertThatThrownBy(() -> COMPILER.compile(new PackSources.Directory(rules).read().get(0)))
			.isInstanceOf(PackRefusedException.class)
			.hasMessageContaining("a post expected to get the finding");
	}
}
