package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.clearance.screening.Category;
import io.clearance.screening.Finding;
import io.clearance.screening.Route;
import io.clearance.screening.ScreeningResult;
import io.clearance.screening.internal.SignalCorpus.Head;
import io.clearance.screening.internal.SignalCorpus.Post;

/**
 * The honest measure of the meaning signals: leave one blind round out. For each blind round (holdout.yaml,
 * holdout-2.yaml ... holdout-9.yaml) the heads are trained, thresholds included, on every other labelled post, then
 * the round is screened by the rules alone and by the rules with the signals, and the figures are printed side by
 * side. Not part of the build (its name does not end in Test); run from the repository root:
 *
 * <pre>
 * ./mvnw -B -pl backend -am test -Dskip.npm -Dskip.installnodenpm -Dtest=SignalsLeaveOneRoundOut -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * The rules were tuned on rounds 1-6 after each was scored (rules/README.md, "Evaluation set"), so the rules-alone
 * column is not blind for them; the signals' columns are blind for the left-out round (it is in no part of their
 * training, threshold choice included).
 */
class SignalsLeaveOneRoundOut {

	/** Rules alone and rules with signals, on one round. */
	record Row(String round, Figures before, Figures after, Map<Category, int[]> recall) {
	}

	/** Route accuracy, micro F1 and clean posts flagged over a list of screened posts. */
	record Figures(int posts, int routeRight, int tp, int fp, int fn, int clean, int cleanFlagged) {

		double route() {
			return (double) routeRight / posts;
		}

		double microF1() {
			return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
		}
	}

	/** What screening gave one post: its route and categories. */
	record Screened(Route route, Set<Category> categories) {
	}

	@Test
	void printsRulesAloneAgainstRulesWithSignalsPerRound() throws PackRefusedException {
		Screener screener = new Screener(new Recognisers("US"));
		PackCompiler compiler = new PackCompiler(screener);
		List<CompiledPack> packs = packsWithoutSignals(compiler);
		List<Post> posts = SignalCorpus.posts(screener, packs);
		Map<String, Screened> rulesAlone = new HashMap<>();
		for (Post post : posts) {
			if (post.evaluationCase() != null) {
				ScreeningResult result = screener.screen(post.evaluationCase().request(), packs);
				Set<Category> categories = EnumSet.noneOf(Category.class);
				result.findings().stream().map(Finding::category).forEach(categories::add);
				rulesAlone.put(post.id(), new Screened(result.route(), categories));
			}
		}
		SignalTrainer trainer = new SignalTrainer();
		List<Head> heads = heads();
		List<PackSource> sources = new PackSources.Directory(Fixtures.RULES).read();
		double[] tolerances = java.util.Arrays.stream(System.getProperty("clearance.signals.tolerances",
				String.valueOf(SignalTrainer.TOLERANCE)).split(",")).mapToDouble(t -> Double.parseDouble(t.trim())).toArray();
		String only = System.getProperty("clearance.signals.rounds", "");
		Map<Double, List<Row>> rowsByTolerance = new LinkedHashMap<>();
		for (String round : SignalCorpus.ROUNDS.values()) {
			if (!only.isBlank() && !List.of(only.split(",")).contains(round)) {
				continue;
			}
			List<Post> training = posts.stream().filter(p -> !p.source().equals(round)).toList();
			List<Post> test = posts.stream().filter(p -> p.source().equals(round)).toList();
			Map<Head, double[]> scores = new LinkedHashMap<>();
			Map<Head, SignalTraining.Fit> fits = new LinkedHashMap<>();
			for (Head head : heads) {
				List<Post> own = SignalCorpus.trainingPosts(training, head);
				scores.put(head, trainer.outOfFold(head, own));
				fits.put(head, trainer.fit(head, own));
			}
			for (double tolerance : tolerances) {
				Map<String, List<SignalTrainer.Trained>> byPack = new LinkedHashMap<>();
				for (Head head : heads) {
					double threshold = SignalTrainer.chooseThreshold(head, SignalCorpus.trainingPosts(training, head),
							scores.get(head), tolerance);
					SignalTraining.Fit fit = fits.get(head);
					byPack.computeIfAbsent(head.pack(), k -> new ArrayList<>()).add(new SignalTrainer.Trained(head,
							new SignalModel.Head(head.category().name(), fit.bias(), threshold, fit.weights())));
					System.out.printf(Locale.ROOT, "%s without %s, tolerance %.3f: threshold %.2f%n", head.category(),
							round, tolerance, threshold);
				}
				rowsByTolerance.computeIfAbsent(tolerance, k -> new ArrayList<>())
					.add(screen(round, test, byPack, sources, packs, compiler, screener, rulesAlone));
			}
		}
		rowsByTolerance.forEach((tolerance, rows) -> {
			System.out.printf(Locale.ROOT, "%nThresholds chosen with tolerance %.3f", tolerance);
			System.out.println(table(rows));
		});
	}

	/** One left-out round screened by the packs with the signals trained without it. */
	private static Row screen(String round, List<Post> test, Map<String, List<SignalTrainer.Trained>> byPack,
			List<PackSource> sources, List<CompiledPack> packs, PackCompiler compiler, Screener screener,
			Map<String, Screened> rulesAlone) throws PackRefusedException {
		List<CompiledPack> withSignals = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			PackSource source = sources.get(i);
			List<SignalTrainer.Trained> trained = byPack.get(source.folder());
			withSignals.add(trained == null ? packs.get(i)
					: compiler.compileWithoutExamples(withSignals(source, SignalTrainer.file(source.folder(), trained, 0, List.of()))));
		}
		List<Screened> before = new ArrayList<>();
		List<Screened> after = new ArrayList<>();
		Map<Category, int[]> recall = new LinkedHashMap<>();
		for (Post post : test) {
			Screened alone = rulesAlone.get(post.id());
			before.add(alone);
			ScreeningResult result = screener.screen(post.evaluationCase().request(), withSignals);
			Set<Category> categories = EnumSet.noneOf(Category.class);
			result.findings().stream().map(Finding::category).forEach(categories::add);
			after.add(new Screened(result.route(), categories));
			for (Head head : SignalCorpus.CANDIDATES) {
				int[] r = recall.computeIfAbsent(head.category(), k -> new int[4]);
				boolean expected = post.positive().contains(head.category());
				r[0] += expected && alone.categories().contains(head.category()) ? 1 : 0;
				r[1] += expected && categories.contains(head.category()) ? 1 : 0;
				r[2] += expected ? 1 : 0;
				r[3] += !expected && categories.contains(head.category())
						&& !alone.categories().contains(head.category()) ? 1 : 0;
			}
			if (Boolean.getBoolean("clearance.signals.misses") && !alone.equals(after.get(after.size() - 1))) {
				System.out.printf(Locale.ROOT, "%s expected %s %s: rules %s %s, with signals %s %s; %s%n", post.id(),
						post.evaluationCase().route(), post.positive(), alone.route(), alone.categories(),
						result.route(), categories, result.findings().stream()
							.filter(f -> f.ruleId().endsWith("_MEANING_SIGNAL")).map(Finding::message).toList());
			}
		}
		return new Row(round, figures(test, before), figures(test, after), recall);
	}

	/**
	 * The heads measured: those the trainer writes ({@link SignalTrainer#WRITTEN}), or the candidates named in
	 * {@code -Dclearance.signals.heads=MISINFORMATION,MEDICAL_CLAIM,...} (how the heads that were left out were measured).
	 */
	static List<Head> heads() {
		String names = System.getProperty("clearance.signals.heads", String.join(",", SignalTrainer.WRITTEN));
		return SignalCorpus.CANDIDATES.stream()
			.filter(h -> names.isBlank() || List.of(names.split(",")).contains(h.category().name())).toList();
	}

	/** The pack with this signals file. */
	static PackSource withSignals(PackSource source, String signals) {
		Map<String, byte[]> files = new LinkedHashMap<>(source.files());
		files.put(SignalModel.FILE, signals.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return PackSource.of(source.folder(), source.location(), files);
	}

	/** Every pack of the repository without its signals file, compiled without running its examples. */
	static List<CompiledPack> packsWithoutSignals(PackCompiler compiler) throws PackRefusedException {
		List<CompiledPack> packs = new ArrayList<>();
		for (PackSource source : new PackSources.Directory(Fixtures.RULES).read()) {
			packs.add(compiler.compileWithoutExamples(withoutSignals(source)));
		}
		return packs;
	}

	/** The pack as it is, without its signals file: the rules alone. */
	static PackSource withoutSignals(PackSource source) {
		Map<String, byte[]> files = new LinkedHashMap<>(source.files());
		files.remove(SignalModel.FILE);
		return PackSource.of(source.folder(), source.location(), files);
	}

	static Figures figures(List<Post> posts, List<Screened> screened) {
		int routeRight = 0;
		int tp = 0;
		int fp = 0;
		int fn = 0;
		int clean = 0;
		int cleanFlagged = 0;
		for (int i = 0; i < posts.size(); i++) {
			Evaluation.Case expected = posts.get(i).evaluationCase();
			Screened got = screened.get(i);
			routeRight += expected.route() == got.route() ? 1 : 0;
			for (Category category : Category.values()) {
				boolean e = expected.categories().contains(category);
				boolean f = got.categories().contains(category);
				tp += e && f ? 1 : 0;
				fp += !e && f ? 1 : 0;
				fn += e && !f ? 1 : 0;
			}
			if (expected.categories().isEmpty()) {
				clean++;
				cleanFlagged += got.route() != Route.PASS || !got.categories().isEmpty() ? 1 : 0;
			}
		}
		return new Figures(posts.size(), routeRight, tp, fp, fn, clean, cleanFlagged);
	}

	static String table(List<Row> rows) {
		StringBuilder out = new StringBuilder("\nLeave one round out: rules alone -> rules with signals\n");
		out.append(String.format(Locale.ROOT, "| %-12s | %-15s | %-15s | %-17s |", "round", "route accuracy",
				"micro F1", "clean flagged"));
		for (Head head : SignalCorpus.CANDIDATES) {
			out.append(' ').append(abbreviation(head.category())).append(" found (+FP) |");
		}
		out.append('\n');
		Figures b = new Figures(0, 0, 0, 0, 0, 0, 0);
		Figures a = b;
		Map<Category, int[]> total = new LinkedHashMap<>();
		for (Row row : rows) {
			out.append(line(row.round(), row.before(), row.after(), row.recall()));
			b = add(b, row.before());
			a = add(a, row.after());
			row.recall().forEach((c, r) -> {
				int[] t = total.computeIfAbsent(c, k -> new int[4]);
				for (int i = 0; i < 4; i++) {
					t[i] += r[i];
				}
			});
		}
		out.append(line("all rounds", b, a, total));
		return out.toString();
	}

	private static Figures add(Figures x, Figures y) {
		return new Figures(x.posts() + y.posts(), x.routeRight() + y.routeRight(), x.tp() + y.tp(), x.fp() + y.fp(),
				x.fn() + y.fn(), x.clean() + y.clean(), x.cleanFlagged() + y.cleanFlagged());
	}

	private static String line(String round, Figures before, Figures after, Map<Category, int[]> recall) {
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
				"| %-12s | %.3f -> %.3f  | %.3f -> %.3f  | %2d -> %2d of %3d  |", round + " (" + before.posts() + ")",
				before.route(), after.route(), before.microF1(), after.microF1(), before.cleanFlagged(),
				after.cleanFlagged(), before.clean()));
		for (Head head : SignalCorpus.CANDIDATES) {
			int[] r = recall.get(head.category());
			out.append(String.format(Locale.ROOT, " %2d->%2d of %2d (+%d) |", r[0], r[1], r[2], r[3]));
		}
		return out.append('\n').toString();
	}

	private static String abbreviation(Category category) {
		return switch (category) {
			case MISINFORMATION -> "MISINFO";
			case MEDICAL_CLAIM -> "CLAIM";
			case TESTIMONIAL_DISCLAIMER -> "TESTIM";
			case REVIEW_RESPONSE_PHI -> "REPLY";
			case PATIENT_CONSENT -> "CONSENT";
			case GDPR_HEALTH_DATA -> "GDPR";
			case PHI -> "PHI";
			default -> category.name();
		};
	}
}
