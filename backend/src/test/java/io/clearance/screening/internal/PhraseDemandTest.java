package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.ScreeningRequest;

/**
 * Phrase groups looked for only when a rule that can fire names them ({@link PhraseDemand}): what the reader makes
 * of rules, and that screening gives exactly what looking for every group gives.
 */
class PhraseDemandTest {

	static final Screener SCREENER = new Screener(new Recognisers("US"));
	static List<CompiledPack> demanded;
	static List<CompiledPack> everyGroup;

	@BeforeAll
	static void compile() throws PackRefusedException {
		demanded = new ArrayList<>();
		everyGroup = new ArrayList<>();
		for (PackSource source : new PackSources.Directory(Fixtures.RULES).read()) {
			CompiledPack pack = new PackCompiler(SCREENER).compile(source);
			demanded.add(pack);
			everyGroup.add(pack.withEveryPhraseGroup());
		}
	}

	private static PhraseDemand demand(String drl) {
		return PhraseDemand.of(List.of("""
				package t;
				import io.clearance.screening.internal.*;
				global io.clearance.screening.internal.Outcome outcome;
				""" + drl));
	}

	@Test
	void aRulesGuardsAreNeededOnlyWhenItsRequiredGroupsOccur() {
		PhraseDemand demand = demand("""
				rule "R"
				when
				    $a : Phrase(group == "A")
				    exists Phrase(group in ("B", "C"), sentence == $a.sentence)
				    not Phrase(group == "GUARD", overlaps($a))
				    not Phrase(this != $a, group == $a.group, covers($a))
				then
				end
				rule "S"
				when
				    PersonName()
				    not Phrase(group == "STAFF")
				then
				    outcome.denyFastTrack();
				end
				""");

		assertThat(demand.everyGroup()).isFalse();
		// rule S needs no phrase: it can fire on any post
		assertThat(demand.phraseFree()).isTrue();
		assertThat(demand.always()).containsExactly("STAFF");
		assertThat(demand.conditional()).singleElement().satisfies(need -> {
			assertThat(need.required()).containsExactly(Set.of("A"), Set.of("B", "C"));
			assertThat(need.groups()).containsExactlyInAnyOrder("A", "B", "C", "GUARD");
			assertThat(need.everyGroup()).isFalse();
		});
	}

	@Test
	void aRuleOnAMeaningSignalNeedsNoGroupEvenWhenItAlsoRequiresPhrases() {
		PhraseDemand demand = demand("""
				rule "SIGNAL"
				when
				    $signal : Signal(name == "MISINFORMATION", strong)
				    exists Phrase(group in ("C_TREATS", "C_CAUSE"))
				    not Phrase(group == "MYTH_FRAME", sentence == $signal.sentence)
				then
				    outcome.denyFastTrack();
				end
				""");

		// on a post with a signal every group is looked for; on the others the rule cannot fire
		assertThat(demand.everyGroup()).isFalse();
		assertThat(demand.phraseFree()).isFalse();
		assertThat(demand.always()).isEmpty();
		assertThat(demand.conditional()).isEmpty();
	}

	@Test
	void aPatternWithoutAReadableGroupStandsForEveryGroup() {
		assertThat(demand("""
				rule "R"
				when
				    Phrase(group != "A")
				then
				end
				""").everyGroup()).isTrue();
		assertThat(demand("""
				rule "R"
				when
				    Span(start > 3)
				then
				end
				""").everyGroup()).isTrue();
		// required A, then any phrase at all: every group, but only on posts with an A
		PhraseDemand anchored = demand("""
				rule "R"
				when
				    $a : Phrase(group == "A")
				    Phrase(start > $a.start)
				then
				end
				""");
		assertThat(anchored.everyGroup()).isFalse();
		assertThat(anchored.conditional()).singleElement().satisfies(need -> assertThat(need.everyGroup()).isTrue());
		assertThat(PhraseDemand.of(List.of("rule \"broken\" when Phrase( then end"))).isSameAs(PhraseDemand.EVERY_GROUP);
		// an accumulate's result is not a fact: only the patterns inside it see phrases
		PhraseDemand counted = demand("""
				rule "R"
				when
				    accumulate( Phrase(group == "HASHTAG"); $count : count(1); $count > 30 )
				then
				end
				""");
		assertThat(counted.everyGroup()).isFalse();
		assertThat(counted.always()).containsExactly("HASHTAG");
	}

	@Test
	void groupsBoundFromDeclaredFactsAreReadOncePerCreatedFact() {
		String claims = """
				declare Claim
				    name : String
				    a : String
				    b : String
				end
				rule "claims"
				when
				then
				    insert(new Claim("one", "A1", "B1"));
				    insert(new Claim("two", "A2", null));
				end
				rule "CLAIM"
				when
				    Claim($ga : a, $gb : b)
				    $a : Phrase(group == $ga)
				    Phrase(group == $gb, sentence == $a.sentence) or eval($gb == null)
				    not Phrase(group == "NEGATION", sentence == $a.sentence)
				then
				end
				""";
		PhraseDemand demand = demand(claims);
		assertThat(demand.everyGroup()).isFalse();
		// "claims" needs no phrase but only creates facts: alone it changes no outcome, so no rule that could change
		// one fires without phrases
		assertThat(demand.phraseFree()).isFalse();
		assertThat(demand.conditional()).extracting(PhraseDemand.Need::required)
			.containsExactly(List.of(Set.of("A1")), List.of(Set.of("A2")));
		assertThat(demand.conditional()).extracting(PhraseDemand.Need::groups)
			.containsExactly(Set.of("A1", "B1", "NEGATION"), Set.of("A2", "NEGATION"));
		// a fact created from something else than literals: its groups cannot be known
		assertThat(demand(claims.replace("\"A2\", null", "\"A2\", $x")).everyGroup()).isTrue();
	}

	@Test
	void onlyARuleThatCreatesFactsFromLiteralsLeavesThePackWithoutAPhraseFreeRule() {
		String rules = """
				declare Claim
				    name : String
				end
				rule "claims"
				when
				then
				    // the curated claims
				    insert(new Claim("one")); /* and */ insert( new Claim( null ) );
				end
				rule "CLAIM"
				when
				    Claim()
				    Phrase(group == "A")
				then
				    outcome.denyFastTrack();
				end
				""";
		assertThat(demand(rules).phraseFree()).isFalse();
		assertThat(demand(rules.replace("// the curated claims", "outcome.allowFastTrack();")).phraseFree()).isTrue();
		assertThat(demand(rules.replace("new Claim(\"one\")", "new Claim(\"one\" + $x)")).phraseFree()).isTrue();
		// a type of Java's, not one the pack declares: its constructor could do anything
		assertThat(demand(rules.replace("new Claim(\"one\")", "new StringBuilder(\"one\")")).phraseFree())
			.isTrue();
		assertThat(demand(rules.replace("insert(new Claim(\"one\"));", "modify($c) {}")).phraseFree()).isTrue();
		// and a rule that needs no phrase but changes the outcome makes the pack phrase-free as before
		assertThat(demand(rules + """
				rule "S"
				when
				    PersonName()
				then
				    outcome.allowFastTrack();
				end
				""").phraseFree()).isTrue();
	}

	@Test
	void theBookLooksForAGuardOnlyWhereItsRuleCanFire() throws PackRefusedException {
		PhraseBook book = PhraseBook.parse("""
				A: ['\\banchor\\b']
				GUARD: ['\\bthe\\b']
				UNUSED: ['\\bpost\\b']
				""").demandedBy(demand("""
				rule "R"
				when
				    $a : Phrase(group == "A")
				    not Phrase(group == "GUARD", sentence == $a.sentence)
				then
				end
				"""));

		assertThat(groups(book, "the post without it")).isEmpty();
		assertThat(groups(book, "the post with the anchor")).containsExactly("A", "GUARD", "GUARD");
		assertThat(groups(book.everyGroup(), "the post without it")).containsExactly("GUARD", "UNUSED");
		// the one rule requires A: without it no rule of the pack can fire (its session is skipped)
		assertThat(book.demand().phraseFree()).isFalse();
		assertThat(book.findIfAnyRuleCanFire(SCREENER.recognisers().recognise("the post without it").index())).isNull();
		assertThat(book.findIfAnyRuleCanFire(SCREENER.recognisers().recognise("the anchor").index())).isNotNull();
		assertThat(book.everyGroup().findIfAnyRuleCanFire(SCREENER.recognisers().recognise("the post").index()))
			.isNotNull();
	}

	@Test
	void theCompilersParseOfThePackGivesTheDemandOfParsingTheDrlAgain() throws PackRefusedException {
		PackCompiler compiler = new PackCompiler(SCREENER);
		int packs = 0;
		for (PackSource source : new PackSources.Directory(Fixtures.RULES).read()) {
			List<String> drl = new ArrayList<>();
			source.files().forEach((name, bytes) -> {
				if (name.endsWith(".drl")) {
					drl.add(new String(bytes, StandardCharsets.UTF_8));
				}
			});
			PhraseDemand reparsed = PhraseDemand.of(drl);
			assertThat(compiler.compileWithoutExamples(source).phrases().demand()).as(source.folder())
				.hasToString(reparsed.toString());
			assertThat(reparsed.everyGroup()).as(source.folder()).isFalse();
			packs++;
		}
		assertThat(packs).isGreaterThan(5);
	}

	private static List<String> groups(PhraseBook book, String text) {
		return book.find(SCREENER.recognisers().recognise(text).index()).stream().map(Phrase::getGroup).toList();
	}

	@Test
	void screeningGivesWhatLookingForEveryGroupGives() {
		List<ScreeningRequest> requests = new ArrayList<>();
		List<Evaluation.Case> cases = Evaluation.cases();
		cases.forEach(c -> requests.add(c.request()));
		requests.add(Fixtures.aFacebookPost(PerformanceTest.TWO_KB_POST));
		requests.add(Fixtures.aFacebookPost("Flu shots are available at all our locations this week. Call our main "
				+ "line at (555) 010-0100. Stay well this winter! 💉 #FluSeason"));
		for (CompiledPack pack : demanded) {
			pack.examples().forEach(example -> requests.add(example.request()));
		}
		// mixes of sentences of different posts: concepts and guards meet in ways no single post has
		List<String> sentences = cases.stream()
			.flatMap(c -> List.of(c.text().split("(?<=[.!?])\\s+")).stream())
			.collect(Collectors.toList());
		Random random = new Random(3);
		for (int i = 0; i < 600; i++) {
			StringBuilder text = new StringBuilder();
			for (int n = 2 + random.nextInt(5); n > 0; n--) {
				text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
			}
			PostKind kind = PostKind.values()[random.nextInt(PostKind.values().length)];
			requests.add(new ScreeningRequest(text.toString().trim(), Platform.FACEBOOK, kind, random.nextInt(8) == 0,
					random.nextInt(4) == 0, List.of()));
		}

		// every request with one set of packs, then with the other: the screener keeps the literal scanner of one set
		// of packs, and alternating the sets built it again for every request (seven minutes in CI, now seconds)
		List<io.clearance.screening.ScreeningResult> expected = new ArrayList<>(requests.size());
		for (ScreeningRequest request : requests) {
			expected.add(SCREENER.screen(request, everyGroup));
		}
		int withFindings = 0;
		for (int i = 0; i < requests.size(); i++) {
			assertThat(SCREENER.screen(requests.get(i), demanded)).as(requests.get(i).text()).isEqualTo(expected.get(i));
			withFindings += expected.get(i).findings().isEmpty() ? 0 : 1;
		}
		for (int p = 0; p < demanded.size(); p++) {
			for (var example : demanded.get(p).examples()) {
				assertThat(SCREENER.screen(example.request(), List.of(demanded.get(p))))
					.isEqualTo(SCREENER.screen(example.request(), List.of(everyGroup.get(p))));
			}
		}
		assertThat(requests).hasSizeGreaterThan(1500);
		assertThat(withFindings).isGreaterThan(400);
	}

	@Test
	void aPostWithoutAConceptsAnchorDoesNotLookForItsCommonWords() {
		CompiledPack misinformation = demanded.stream().filter(p -> p.id().equals("misinformation")).findFirst()
			.orElseThrow();
		TextIndex index = SCREENER.recognisers()
			.recognise("Our new clinic gives families shots and boosters close to home, and it causes no wait.")
			.index();
		Set<String> demandedGroups = misinformation.phrases().find(index).stream().map(Phrase::getGroup)
			.collect(Collectors.toSet());
		Set<String> allGroups = misinformation.withEveryPhraseGroup().phrases().find(index).stream()
			.map(Phrase::getGroup).collect(Collectors.toSet());

		assertThat(allGroups).contains("C_VACCINE", "C_CAUSE", "NEGATION");
		assertThat(demandedGroups).isEmpty();
	}
}
