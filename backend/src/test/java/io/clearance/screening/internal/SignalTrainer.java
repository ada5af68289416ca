package io.clearance.screening.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.clearance.screening.internal.SignalCorpus.Head;
import io.clearance.screening.internal.SignalCorpus.Post;

/**
 * Trains the packs' meaning signals and writes each pack's {@code signals.tsv} (rules/README.md, "Meaning
 * signals"). Not a test of the build (its name does not end in Test): run it on purpose, from the repository root:
 *
 * <pre>
 * ./mvnw -B -pl backend -am test -Dskip.npm -Dskip.installnodenpm -Dtest=SignalTrainer -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Each head is trained on every labelled post (the evaluation set and its pack's examples, {@link SignalCorpus});
 * its threshold is chosen on out-of-fold scores: each blind round, and three folds of the other posts, are left out
 * in turn, and the threshold is the highest whose F1 on the evaluation posts left out is within {@link #TOLERANCE} of
 * the best, among those that flag at most {@link #CLEAN_BUDGET} of the clean ones. A pack must still pass its own examples with its new heads: where
 * an example fails with them and passes without any signal, the pack's thresholds are raised by 0.01 until it
 * passes, and the file says so ({@link #raiseUntilExamplesPass}).
 */
class SignalTrainer {

	/** The share of clean posts one head may flag (out of fold) when its threshold is chosen. */
	static final double CLEAN_BUDGET = Double.parseDouble(System.getProperty("clearance.signals.clean-budget", "0.005"));
	static final double LOWEST_THRESHOLD = 0.05;

	/**
	 * One head's clean budget: {@code -Dclearance.signals.clean-budget.PHI=0.01}, else {@link #HEAD_BUDGET}, else
	 * {@link #CLEAN_BUDGET}.
	 */
	static double budget(Head head) {
		String own = System.getProperty("clearance.signals.clean-budget." + head.category().name());
		return own != null ? Double.parseDouble(own)
				: HEAD_BUDGET.getOrDefault(head.category().name(), CLEAN_BUDGET);
	}
	static final double HIGHEST_THRESHOLD = 0.95;

	/**
	 * How far below the best out-of-fold F1 the chosen threshold's may be ({@link #chooseThreshold}): 0.02 since the
	 * fourteenth session, chosen by leaving rounds 30-35 out in turn (rules/README.md, "Meaning signals"; with 0 the
	 * signals flagged 5 more of their 270 clean posts, with 0.02 none, route accuracy 0.928 and 0.933);
	 * {@code -Dclearance.signals.tolerance=0} for the earlier choice.
	 */
	static final double TOLERANCE = Double.parseDouble(System.getProperty("clearance.signals.tolerance", "0.02"));

	/**
	 * The heads that are trained and written (all the candidates since the twelfth blind round, when the claims,
	 * misinformation and GDPR heads first helped on unseen rounds; see the README).
	 */
	static final Set<String> WRITTEN = Set.of("TESTIMONIAL_DISCLAIMER", "REVIEW_RESPONSE_PHI", "PATIENT_CONSENT", "PHI",
			"MEDICAL_CLAIM", "MISINFORMATION", "GDPR_HEALTH_DATA");

	/**
	 * Heads with their own clean budget: PHI at 2 % (at 0.5 % and 1 % it found PHI only on posts that other signals
	 * already blocked; see the README's leave-one-round-out table).
	 */
	static final Map<String, Double> HEAD_BUDGET = Map.of("PHI", 0.02);

	/** One trained head: its model head and the training posts' out-of-fold scores. */
	record Trained(Head head, SignalModel.Head model) {
	}

	private final Map<Post, Set<String>> features = new IdentityHashMap<>();

	Set<String> features(Post post) {
		return features.computeIfAbsent(post, p -> SignalModel.features(p.index()));
	}

	/** Trains a head on these posts (all of them), its threshold chosen out of fold. */
	Trained train(Head head, List<Post> posts) {
		List<Post> training = SignalCorpus.trainingPosts(posts, head);
		double threshold = threshold(head, training);
		SignalTraining.Fit fit = fit(head, training);
		return new Trained(head, new SignalModel.Head(head.category().name(), fit.bias(), threshold, fit.weights()));
	}

	SignalTraining.Fit fit(Head head, List<Post> training) {
		List<Set<String>> x = new ArrayList<>(training.size());
		boolean[] y = new boolean[training.size()];
		for (int i = 0; i < training.size(); i++) {
			x.add(features(training.get(i)));
			y[i] = training.get(i).positive().contains(head.category());
		}
		return SignalTraining.fit(x, y);
	}

	/** The fold a training post is left out in: its blind round, or one of three folds of the rest. */
	static String fold(Post post, int position) {
		return post.source().startsWith("holdout") ? post.source() : "fold-" + position % 3;
	}

	/** The threshold chosen on out-of-fold scores of the training posts (never on posts outside them). */
	double threshold(Head head, List<Post> training) {
		return chooseThreshold(head, training, outOfFold(head, training));
	}

	/** Each training post's score by the head fitted without its fold ({@link #fold}). */
	double[] outOfFold(Head head, List<Post> training) {
		Map<String, List<Integer>> folds = new LinkedHashMap<>();
		for (int i = 0; i < training.size(); i++) {
			folds.computeIfAbsent(fold(training.get(i), i), k -> new ArrayList<>()).add(i);
		}
		double[] outOfFold = new double[training.size()];
		for (List<Integer> left : folds.values()) {
			Set<Integer> out = new TreeSet<>(left);
			List<Post> rest = new ArrayList<>();
			for (int i = 0; i < training.size(); i++) {
				if (!out.contains(i)) {
					rest.add(training.get(i));
				}
			}
			SignalTraining.Fit fit = fit(head, rest);
			SignalModel model = SignalModel.of(List.of(new SignalModel.Head(head.category().name(), fit.bias(), 0.5,
					fit.weights())));
			for (int i : left) {
				outOfFold[i] = model.scores(training.get(i).index())[0];
			}
		}
		return outOfFold;
	}

	/** The threshold chosen with the trainer's tolerance ({@link #TOLERANCE}). */
	static double chooseThreshold(Head head, List<Post> training, double[] scores) {
		return chooseThreshold(head, training, scores, TOLERANCE);
	}

	/**
	 * The highest threshold whose out-of-fold F1 on evaluation posts is within {@code tolerance} of the best, among
	 * thresholds flagging at most the head's budget of clean ones. With tolerance 0 this is the best F1 (the rule
	 * until the thirty-sixth round); where F1 is flat, its highest point moves between retrainings, and the lowest
	 * of the flat thresholds flags the most clean posts.
	 */
	static double chooseThreshold(Head head, List<Post> training, double[] scores, double tolerance) {
		double[] f1s = new double[91];
		double bestF1 = -1;
		for (int step = 0; step <= 90; step++) {
			double t = LOWEST_THRESHOLD + step * 0.01;
			int tp = 0;
			int fp = 0;
			int fn = 0;
			int clean = 0;
			int cleanFlagged = 0;
			for (int i = 0; i < training.size(); i++) {
				Post post = training.get(i);
				if (post.evaluationCase() == null) {
					continue;
				}
				boolean positive = post.positive().contains(head.category());
				boolean flagged = scores[i] >= t;
				tp += positive && flagged ? 1 : 0;
				fp += !positive && flagged ? 1 : 0;
				fn += positive && !flagged ? 1 : 0;
				if (post.positive().isEmpty()) {
					clean++;
					cleanFlagged += flagged ? 1 : 0;
				}
			}
			f1s[step] = cleanFlagged > budget(head) * clean ? -1 : tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
			bestF1 = Math.max(bestF1, f1s[step]);
			if (Boolean.getBoolean("clearance.signals.curve")) {
				System.out.printf(Locale.ROOT, "%s %.2f: tp %d, fp %d, fn %d, clean flagged %d of %d, F1 %.4f%n",
						head.category(), t, tp, fp, fn, cleanFlagged, clean, f1s[step]);
			}
		}
		int chosen = 90;
		for (int step = 90; step >= 0; step--) {
			if (f1s[step] >= 0 && f1s[step] >= bestF1 - tolerance - 1e-9) {
				chosen = step;
				break;
			}
		}
		return Math.round((LOWEST_THRESHOLD + chosen * 0.01) * 100) / 100.0;
	}

	/** The model file of one pack: its heads, with a header saying how it was made. */
	static String file(String pack, List<Trained> heads, int posts, List<String> raised) {
		StringBuilder comment = new StringBuilder();
		comment.append("Meaning signals of the ").append(pack).append(" pack: logistic-regression weights, written by\n")
			.append("SignalTrainer (rules/README.md, \"Meaning signals\"); do not edit the weights by hand, retrain.\n")
			.append("Trained on ").append(posts).append(" labelled posts (the evaluation set, the blind rounds included, and the\n")
			.append("pack's examples); each threshold was chosen out of fold (the highest within ")
			.append(String.format(Locale.ROOT, "%.2f", TOLERANCE)).append(" of the best F1, flagging at most ")
			.append(String.format(Locale.ROOT, "%.1f", budget(heads.get(0).head()) * 100)).append(" % of clean posts).\n")
			.append("Score = 1 / (1 + e^-(bias + sum of the weights of the post's words and word pairs)).");
		for (String line : raised) {
			comment.append('\n').append(line);
		}
		List<SignalModel.Head> models = heads.stream().map(Trained::model).toList();
		return SignalModel.write(models, comment.toString());
	}

	/**
	 * The heads with their thresholds raised, 0.01 at a time, until every example of the pack that passes without
	 * any signal also passes with them (a tricky negative the head would flag); {@code raised} gets one line per
	 * raised head for the file's header. Only examples are checked that fail through the heads: an example that
	 * fails without them is the rules' problem, and the pack compiler reports it.
	 */
	static List<Trained> raiseUntilExamplesPass(PackCompiler compiler, CompiledPack pack, List<Trained> trained,
			List<String> raised) {
		Set<String> failingWithout = failingExamples(compiler, withSignals(pack, List.of()));
		List<Trained> heads = trained;
		List<String> failing = List.of();
		while (true) {
			List<String> now = new ArrayList<>(failingExamples(compiler,
					withSignals(pack, heads.stream().map(Trained::model).toList())));
			now.removeAll(failingWithout);
			if (now.isEmpty()) {
				break;
			}
			failing = failing.isEmpty() ? now : failing;
			if (heads.stream().allMatch(h -> h.model().threshold() >= HIGHEST_THRESHOLD)) {
				throw new IllegalStateException(pack.id() + ": examples fail through its signals at any threshold: " + now);
			}
			heads = heads.stream().map(h -> {
				SignalModel.Head m = h.model();
				double up = Math.min(HIGHEST_THRESHOLD, Math.round((m.threshold() + 0.01) * 100) / 100.0);
				return new Trained(h.head(), new SignalModel.Head(m.name(), m.bias(), up, m.weights()));
			}).toList();
		}
		for (int i = 0; i < heads.size(); i++) {
			double from = trained.get(i).model().threshold();
			double to = heads.get(i).model().threshold();
			if (to != from) {
				raised.add(String.format(Locale.ROOT, "%s <threshold> raised from the trained %.2f to %.2f so that the "
						+ "pack's own examples pass (at %.2f: %s)", heads.get(i).model().name(), from, to, from,
						String.join("; ", failing)));
			}
		}
		return heads;
	}

	static CompiledPack withSignals(CompiledPack pack, List<SignalModel.Head> heads) {
		return new CompiledPack(pack.manifest(), pack.kieBase(), pack.declaresOutcome(), pack.allowed(), pack.phrases(),
				pack.examples(), pack.fingerprint(), pack.rulesDigest(), heads.isEmpty() ? SignalModel.NONE
						: SignalModel.of(heads));
	}

	/** The examples (file and name) the pack fails. */
	static Set<String> failingExamples(PackCompiler compiler, CompiledPack pack) {
		Set<String> failing = new TreeSet<>();
		for (Example example : pack.examples()) {
			if (compiler.run(pack, example) != null) {
				failing.add(example.file() + ": \"" + example.name() + "\"");
			}
		}
		return failing;
	}

	@Test
	void writesThePacksSignalFiles() throws PackRefusedException, IOException {
		Screener screener = new Screener(new Recognisers("US"));
		PackCompiler compiler = new PackCompiler(screener);
		List<CompiledPack> packs = new ArrayList<>();
		for (PackSource source : new PackSources.Directory(Fixtures.RULES).read()) {
			packs.add(compiler.compileWithoutExamples(source));
		}
		List<Post> posts = SignalCorpus.posts(screener, packs);
		Map<String, List<Trained>> byPack = new HashMap<>();
		for (Head head : SignalCorpus.CANDIDATES) {
			if (!WRITTEN.contains(head.category().name())) {
				continue;
			}
			Trained trained = train(head, posts);
			byPack.computeIfAbsent(head.pack(), k -> new ArrayList<>()).add(trained);
			System.out.printf(Locale.ROOT, "%s: threshold %.2f, %d weights%n", head.category(),
					trained.model().threshold(), trained.model().weights().size());
		}
		for (Map.Entry<String, List<Trained>> pack : byPack.entrySet()) {
			CompiledPack compiled = packs.stream().filter(p -> p.id().equals(pack.getKey())).findFirst().orElseThrow();
			List<String> raised = new ArrayList<>();
			List<Trained> heads = raiseUntilExamplesPass(compiler, compiled, pack.getValue(), raised);
			raised.forEach(System.out::println);
			Path file = Fixtures.RULES.resolve(pack.getKey()).resolve(SignalModel.FILE);
			int count = SignalCorpus.trainingPosts(posts, heads.get(0).head()).size();
			Files.writeString(file, file(pack.getKey(), heads, count, raised));
			System.out.println("wrote " + file);
		}
	}
}
