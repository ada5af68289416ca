package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.clearance.screening.Finding;
import io.clearance.screening.ScreeningResult;

/** The meaning signals' text model: features, training, scoring, the file and its refusal. */
class SignalModelTest {

	private static SignalModel model(double bias, double threshold, Map<String, Double> weights) {
		return SignalModel.of(List.of(new SignalModel.Head("MEDICAL_CLAIM", bias, threshold, weights)));
	}

	@Test
	void featuresAreLowerCaseWordsAndPairsWithinASentenceWithNumbersAndHashtags() {
		Set<String> features = SignalModel.features(new TextIndex("Pain-free since 2019! #NoMoreMigraines Don’t wait."));

		assertThat(features).containsExactly("pain-free", "since", "pain-free since", "<num>", "since <num>",
				"#nomoremigraines", "don't", "#nomoremigraines don't", "wait", "don't wait");
		// no pair across the sentence break after "2019!"
		assertThat(features).doesNotContain("<num> #nomoremigraines");
	}

	@Test
	void trainingConvergesSeparatesTheClassesAndIsDeterministic() {
		List<Set<String>> posts = new ArrayList<>();
		List<Boolean> labels = new ArrayList<>();
		String[] fillers = { "our clinic", "the team", "this week", "new hours", "see you" };
		for (int i = 0; i < 40; i++) {
			String filler = fillers[i % fillers.length];
			boolean claim = i % 4 == 0;
			posts.add(SignalModel.features(new TextIndex((claim ? "It cures migraines for good at " : "Visit ")
					+ filler + ".")));
			labels.add(claim);
		}
		boolean[] y = new boolean[labels.size()];
		for (int i = 0; i < y.length; i++) {
			y[i] = labels.get(i);
		}

		SignalTraining.Fit fit = SignalTraining.fit(posts, y);
		SignalTraining.Fit again = SignalTraining.fit(posts, y);

		assertThat(fit.lossAfter()).isLessThan(fit.lossBefore() / 4);
		assertThat(fit.weights().get("cures")).isPositive();
		assertThat(fit.weights().get("visit")).isNegative();
		assertThat(again).isEqualTo(fit);
		SignalModel model = model(fit.bias(), 0.5, fit.weights());
		assertThat(model.scores(new TextIndex("It cures migraines for good at our clinic."))[0]).isGreaterThan(0.8);
		assertThat(model.scores(new TextIndex("Visit our clinic."))[0]).isLessThan(0.2);
	}

	@Test
	void scoresOnceAFeatureAndSpansTheSentenceThatScoresHighest() {
		SignalModel model = model(-2, 0.6, Map.of("cure", 3.0, "for good", 1.0, "nothing", -0.5));
		TextIndex text = new TextIndex("This does nothing. Our pill will cure you for good, cure for good!");

		assertThat(model.scores(text)[0]).isCloseTo(SignalModel.sigmoid(-2 + 3 + 1 - 0.5), within(1e-12));
		List<Signal> signals = model.signals(text);

		assertThat(signals).hasSize(1);
		Signal signal = signals.get(0);
		assertThat(signal.getName()).isEqualTo("MEDICAL_CLAIM");
		assertThat(signal.getText()).isEqualTo("Our pill will cure you for good, cure for good!");
		assertThat(signal.getSentence()).isEqualTo(1);
		assertThat(signal.getWords()).isEqualTo("'cure', 'for good'");
		assertThat(signal.getThreshold()).isEqualTo(0.6);
		assertThat(signal.isStrong()).isTrue();
	}

	@Test
	void aModelBuiltAfterAPostsWordsWereLookedUpStillFindsItsWordsInThatPost() {
		TextIndex post = new TextIndex("Quixotrelief works. Quixotrelief forever.");
		// the post's words are numbered now (SignalTokens), before any model knows "quixotrelief"
		assertThat(model(-1, 0.5, Map.of("works", 1.0)).scores(post)[0]).isCloseTo(SignalModel.sigmoid(0),
				within(1e-12));

		SignalModel later = model(-1, 0.5, Map.of("quixotrelief", 2.0, "quixotrelief forever", 1.0));

		assertThat(later.scores(post)[0]).isCloseTo(SignalModel.sigmoid(2), within(1e-12));
		assertThat(later.scores(new TextIndex("Quixotrelief works. Quixotrelief forever."))[0])
			.isCloseTo(SignalModel.sigmoid(2), within(1e-12));
	}

	@Test
	void aModelBuiltAfterAPostsPairsWereLookedUpFindsItsPairOfWordsOthersKnew() {
		model(-1, 0.5, Map.of("zelbrinqa", 1.0, "vostakqa", 1.0));
		TextIndex post = new TextIndex("Zelbrinqa vostakqa. Vostakqa zelbrinqa.");
		assertThat(model(-1, 0.5, Map.of("zelbrinqa", 1.0)).scores(post)[0]).isCloseTo(SignalModel.sigmoid(0),
				within(1e-12));

		// no new word, only a new pair of words numbered before the post was looked up
		SignalModel later = model(-1, 0.5, Map.of("zelbrinqa vostakqa", 3.0));

		assertThat(later.scores(post)[0]).isCloseTo(SignalModel.sigmoid(2), within(1e-12));
	}

	@Test
	void scoresEveryPostAsTheSumOfItsTrainingFeaturesInOrderOfFirstOccurrence() {
		String[] pieces = { "Cure", "cure", "for", "good", "pain-free", "since", "2019", "#NoMore", "don’t", "wait",
				"our", "clinic", "is", "the", "best", "unknownword", "again", ".", "!", ",", "for good" };
		Random random = new Random(7);
		List<TextIndex> posts = new ArrayList<>();
		for (int t = 0; t < 30; t++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(30); i > 0; i--) {
				text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
			}
			posts.add(new TextIndex(text.toString()));
		}
		for (int m = 0; m < 20; m++) {
			// each model built after the posts were looked up for the models before it: its new pairs of known
			// words, too, must be found
			Map<String, Double> weights = new LinkedHashMap<>();
			for (int f = 0; f < 12; f++) {
				String a = firstFeature(pieces[random.nextInt(pieces.length)]);
				String b = firstFeature(pieces[random.nextInt(pieces.length)]);
				weights.put(random.nextBoolean() ? a : a + " " + b, random.nextGaussian());
			}
			double bias = random.nextGaussian();
			SignalModel model = model(bias, 0.5, weights);
			for (TextIndex post : posts) {
				double logit = bias;
				for (String feature : SignalModel.features(post)) {
					if (weights.containsKey(feature)) {
						logit += weights.get(feature);
					}
				}
				double score = SignalModel.sigmoid(logit);
				assertThat(model.scores(post)[0]).as(post.text()).isEqualTo(score);
				List<Signal> signals = model.signals(post);
				assertThat(signals).as(post.text()).hasSize(post.words().isEmpty() || score < 0.25 ? 0 : 1);
				signals.forEach(signal -> assertThat(signal.getScore()).isEqualTo(score));
			}
		}
	}

	private static String firstFeature(String text) {
		return SignalModel.features(new TextIndex(text)).stream().findFirst().orElse("cure");
	}

	@Test
	void numbersEachWordOfAPostAsItsToken() {
		String text = "Cure CURE cure #Cure #cure 2019 #2019 abc123 don't don’t DON’T Düsseldorf düsseldorf "
				+ "heart-healthy X-ray x-ray 1,200 #HeartMonth #heartmonth unknownqq Sarah's ΕΥΧΑΡΙΣΤΟΎΜΕ #Ελλάδα";
		TextIndex post = new TextIndex(text);
		List<String> tokens = post.words().stream().map(w -> SignalModel.token(post, w)).toList();
		// every token but one known (registered here), the rest not
		SignalTokens.register(tokens.stream().filter(t -> !t.equals("unknownqq")).toArray(String[]::new));

		int[] numbers = SignalTokens.of(new TextIndex(text)).tokens();

		for (int i = 0; i < tokens.size(); i++) {
			assertThat(numbers[i]).as(tokens.get(i)).isEqualTo(SignalTokens.of(tokens.get(i)));
		}
		assertThat(SignalTokens.of("unknownqq")).isEqualTo(SignalTokens.UNKNOWN);
		assertThat(numbers[tokens.indexOf("unknownqq")]).isEqualTo(SignalTokens.UNKNOWN);
		assertThat(tokens).contains("#cure", "<num>", "don't", "#heartmonth", "#ελλάδα");
	}

	@Test
	void makesNoSignalBelowHalfTheThreshold() {
		SignalModel model = model(-2, 0.9, Map.of("cure", 1.0));

		// sigmoid(-1) = 0.27 < 0.45
		assertThat(model.signals(new TextIndex("A cure."))).isEmpty();
		// sigmoid(-2 + 2) = 0.5 >= 0.45, but below the threshold: a signal that is not strong
		SignalModel closer = model(-2, 0.9, Map.of("cure", 2.0));
		assertThat(closer.signals(new TextIndex("A cure."))).singleElement().extracting(Signal::isStrong)
			.isEqualTo(false);
	}

	@Test
	void theFileRoundTripsAndScoresAsWritten() throws PackRefusedException {
		Map<String, Double> weights = new LinkedHashMap<>();
		weights.put("cure", 2.5);
		weights.put("for good", 1.25);
		weights.put("<num>", -0.5);
		String file = SignalModel.write(List.of(new SignalModel.Head("MEDICAL_CLAIM", -3, 0.55, weights)),
				"a test model\nsecond line");

		assertThat(file).startsWith("# a test model\n# second line\nMEDICAL_CLAIM\t<bias>\t-3.0000\n"
				+ "MEDICAL_CLAIM\t<threshold>\t0.5500\nMEDICAL_CLAIM\tcure\t2.5000\nMEDICAL_CLAIM\tfor good\t1.2500\n");
		SignalModel parsed = SignalModel.parse(file);
		assertThat(parsed.heads()).containsExactly("MEDICAL_CLAIM");
		assertThat(parsed.threshold("MEDICAL_CLAIM")).isEqualTo(0.55);
		assertThat(parsed.scores(new TextIndex("A cure for good in 3 days."))[0])
			.isCloseTo(SignalModel.sigmoid(-3 + 2.5 + 1.25 - 0.5), within(1e-12));
		assertThat(SignalModel.parse(null).isEmpty()).isTrue();
	}

	@Test
	void refusesABrokenFileSayingWhere() {
		String head = "# model\nMEDICAL_CLAIM\t<bias>\t-1\nMEDICAL_CLAIM\t<threshold>\t0.5\n";
		assertRefused(head + "MEDICAL_CLAIM\tcure\n", "signals.tsv line 4: expected 3 tab-separated cells");
		assertRefused(head + "MEDICAL_CLAIM\tcure\tlots\n", "signals.tsv line 4: \"lots\" is not a number");
		assertRefused(head + "MEDICAL_CLAIM\tcure\tNaN\n", "signals.tsv line 4: the number must be finite");
		assertRefused(head + "MEDICAL_CLAIM\tcure\t1\nMEDICAL_CLAIM\tcure\t2\n", "line 5: \"cure\" of MEDICAL_CLAIM is listed twice");
		assertRefused(head + "MEDICAL_CLAIM\tCure\t1\n", "line 4: feature \"Cure\" must be one lower-case word");
		assertRefused(head + "MEDICAL_CLAIM\tcure for good\t1\n", "line 4: feature \"cure for good\" must be one");
		assertRefused(head + "medical\tcure\t1\n", "line 4: head \"medical\" is not a category name");
		assertRefused("MEDICAL_CLAIM\t<bias>\t-1\nMEDICAL_CLAIM\t<threshold>\t1.5\n", "line 2: a threshold is a probability");
		assertRefused("MEDICAL_CLAIM\t<bias>\t-1\nMEDICAL_CLAIM\tcure\t1\n",
				"signals.tsv: head MEDICAL_CLAIM needs a <bias> and a <threshold> line");
	}

	private static void assertRefused(String file, String reason) {
		assertThatThrownBy(() -> SignalModel.parse(file)).isInstanceOf(PackRefusedException.class)
			.hasMessageContaining(reason);
	}

	private static final String DRL = """
			package clearance.test;

			import io.clearance.screening.Category;
			import io.clearance.screening.Severity;
			import io.clearance.screening.Route;
			import io.clearance.screening.internal.*;

			global io.clearance.screening.internal.Outcome outcome;

			rule "CLAIM_CURE"
			when
			    $p : Phrase(group == "CURE")
			then
			    outcome.finding(kcontext, $p).category(Category.MEDICAL_CLAIM).severity(Severity.HIGH)
			        .message("A cure claim.").advice("Remove it.");
			end

			rule "CLAIM_MEANING_SIGNAL"
			    salience -1000
			when
			    $s : Signal(name == "MEDICAL_CLAIM", strong)
			then
			    if (!outcome.found(Category.MEDICAL_CLAIM)) {
			        outcome.finding(kcontext, $s).category(Category.MEDICAL_CLAIM).severity(Severity.HIGH)
			            .message("Reads like a claim: " + $s.getWords()).advice("Soften it.");
			    }
			end
			""";

	private static final String EXAMPLES = """
			- name: a listed cure
			  text: "This cures it."
			  platform: FACEBOOK
			  kind: POST
			  expect: [{ ruleId: CLAIM_CURE, text: "cures" }]
			- name: a claim by meaning only
			  text: "Hello. Our drops make cataracts vanish."
			  platform: FACEBOOK
			  kind: POST
			  expect: [{ ruleId: CLAIM_MEANING_SIGNAL, text: "Our drops make cataracts vanish." }]
			- name: clean
			  text: "Our drops are on sale."
			  platform: FACEBOOK
			  kind: POST
			  expect: []
			""";

	private static final String SIGNALS = "MEDICAL_CLAIM\t<bias>\t-3\nMEDICAL_CLAIM\t<threshold>\t0.5\n"
			+ "MEDICAL_CLAIM\tvanish\t3\nMEDICAL_CLAIM\tmake\t0.5\nMEDICAL_CLAIM\tcures\t4\n";

	private static PackSource pack(String signals) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("pack.yaml", "id: signals\nname: Signals\nversion: 1.0.0\ncategories: [MEDICAL_CLAIM]\n"
			.getBytes(StandardCharsets.UTF_8));
		files.put("rules.drl", DRL.getBytes(StandardCharsets.UTF_8));
		files.put("phrases.yaml", "CURE: ['\\bcures\\b']\n".getBytes(StandardCharsets.UTF_8));
		files.put("examples/examples.yaml", EXAMPLES.getBytes(StandardCharsets.UTF_8));
		if (signals != null) {
			files.put(SignalModel.FILE, signals.getBytes(StandardCharsets.UTF_8));
		}
		return PackSource.of("signals", "memory", files);
	}

	@Test
	void aPackRuleDecidesOnTheSignalAndOnlyAddsWhatTheOtherRulesDidNotFind() throws PackRefusedException {
		Screener screener = new Screener(new Recognisers("US"));
		CompiledPack pack = new PackCompiler(screener).compile(pack(SIGNALS));

		ScreeningResult result = screener.screen(Fixtures.aFacebookPost("Hello. Our drops make cataracts vanish."),
				List.of(pack));
		assertThat(result.findings()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("CLAIM_MEANING_SIGNAL");
			assertThat(f.message()).isEqualTo("Reads like a claim: 'vanish', 'make'");
			assertThat(f.start()).isEqualTo(7);
		});
		// the listed wording's rule found it: the signal (cures: 4) adds nothing
		assertThat(screener.screen(Fixtures.aFacebookPost("This cures it."), List.of(pack)).findings())
			.extracting(Finding::ruleId).containsExactly("CLAIM_CURE");
	}

	@Test
	void aPackWithoutItsSignalsFileMakesNoSignalFindings() throws PackRefusedException {
		Screener screener = new Screener(new Recognisers("US"));
		CompiledPack pack = new PackCompiler(screener).compileWithoutExamples(pack(null));

		assertThat(screener.screen(Fixtures.aFacebookPost("Hello. Our drops make cataracts vanish."), List.of(pack))
			.findings()).isEmpty();
	}

	@Test
	void aBrokenSignalsFileOrAHeadOfAnotherCategoryRefusesThePack() {
		PackCompiler compiler = new PackCompiler(new Screener(new Recognisers("US")));

		assertThatThrownBy(() -> compiler.compile(pack(SIGNALS + "MEDICAL_CLAIM\tvanish\t2\n")))
			.isInstanceOf(PackRefusedException.class)
			.hasMessage("signals.tsv line 6: \"vanish\" of MEDICAL_CLAIM is listed twice");
		assertThatThrownBy(() -> compiler.compile(pack(SIGNALS.replace("MEDICAL_CLAIM", "MISINFORMATION"))))
			.isInstanceOf(PackRefusedException.class)
			.hasMessage("signals.tsv: head MISINFORMATION is not a category of the pack (pack.yaml categories)");
	}

	/**
	 * The pair table (key and number side by side in one array, twenty-fourth session): every registered pair keeps
	 * its number through the table's growth, a pair registered again gets the same number, new ones the next numbers in
	 * order, and a pair never registered has none. Word numbers far above any model's, so the pairs meet no real ones.
	 */
	@Test
	void thePairTableKeepsEveryPairsNumberThroughGrowth() {
		Random random = new Random(24);
		int[] firsts = new int[6_000];
		int[] seconds = new int[firsts.length];
		Set<Long> distinct = new HashSet<>();
		for (int i = 0; i < firsts.length; i++) {
			do {
				firsts[i] = 50_000_000 + random.nextInt(200);
				seconds[i] = 50_000_000 + random.nextInt(200);
			}
			while (!distinct.add((long) firsts[i] << 32 | seconds[i]));
		}
		int before = SignalTokens.pairCount();
		int[] numbers = new int[firsts.length];
		// in batches, so the table grows several times in between
		for (int from = 0; from < firsts.length; from += 1_000) {
			int[] batch = SignalTokens.registerPairs(Arrays.copyOfRange(firsts, from, from + 1_000),
					Arrays.copyOfRange(seconds, from, from + 1_000));
			System.arraycopy(batch, 0, numbers, from, batch.length);
		}
		for (int i = 0; i < firsts.length; i++) {
			assertThat(numbers[i]).isEqualTo(before + i);
			assertThat(SignalTokens.pairOf(firsts[i], seconds[i])).isEqualTo(before + i);
		}
		assertThat(SignalTokens.registerPairs(new int[] { firsts[17], firsts[4_321] },
				new int[] { seconds[17], seconds[4_321] })).containsExactly(before + 17, before + 4_321);
		assertThat(SignalTokens.pairCount()).isEqualTo(before + firsts.length);
		for (int t = 0; t < 2_000; t++) {
			int first = 50_000_000 + random.nextInt(400);
			int second = 50_000_200 + random.nextInt(200);
			assertThat(SignalTokens.pairOf(first, second)).isEqualTo(SignalTokens.UNKNOWN);
		}
	}
}
