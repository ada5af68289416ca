package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.clearance.screening.internal.SignalCorpus.Head;
import io.clearance.screening.internal.SignalCorpus.Post;

/**
 * How much each head's threshold moves from one retraining to the next, under each way of choosing it: the heads
 * are trained on the labelled posts as they stood after blind round R (rounds after R left out), for several R, and
 * the thresholds chosen with each tolerance are printed side by side. Not part of the build (its name does not end
 * in Test); run from the repository root:
 *
 * <pre>
 * ./mvnw -B -pl backend -am test -Dskip.npm -Dskip.installnodenpm -Dtest=SignalThresholdStability -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * {@code -Dclearance.signals.stability.rounds=27,29,31,33,35} names the R, {@code -Dclearance.signals.heads=PHI,...}
 * the heads, {@code -Dclearance.signals.stability.tolerances=0,0.005,0.01,0.02} the tolerances.
 */
class SignalThresholdStability {

	@Test
	void printsEachHeadsThresholdAfterEachRoundUnderEachTolerance() throws PackRefusedException {
		Screener screener = new Screener(new Recognisers("US"));
		List<CompiledPack> packs = SignalsLeaveOneRoundOut.packsWithoutSignals(new PackCompiler(screener));
		List<Post> posts = SignalCorpus.posts(screener, packs);
		int[] rounds = numbers(System.getProperty("clearance.signals.stability.rounds", "27,29,31,33,35"));
		double[] tolerances = doubles(System.getProperty("clearance.signals.stability.tolerances", "0,0.005,0.01,0.02"));
		SignalTrainer trainer = new SignalTrainer();
		StringBuilder table = new StringBuilder("| head | after round | ");
		for (double tolerance : tolerances) {
			table.append(String.format(Locale.ROOT, "tolerance %.3f | ", tolerance));
		}
		table.append('\n');
		for (Head head : SignalsLeaveOneRoundOut.heads()) {
			for (int round : rounds) {
				List<Post> upTo = posts.stream().filter(p -> roundOf(p) <= round).toList();
				List<Post> training = SignalCorpus.trainingPosts(upTo, head);
				double[] scores = trainer.outOfFold(head, training);
				table.append("| ").append(head.category()).append(" | ").append(round).append(" | ");
				for (double tolerance : tolerances) {
					table.append(String.format(Locale.ROOT, "%.2f | ",
							SignalTrainer.chooseThreshold(head, training, scores, tolerance)));
				}
				table.append('\n');
				System.out.print(table.substring(table.lastIndexOf("| " + head.category())));
			}
		}
		System.out.println(table);
	}

	/** The blind round a post belongs to (0 for the rest of the set and the packs' examples). */
	static int roundOf(Post post) {
		String source = post.source();
		return source.startsWith("holdout-") ? Integer.parseInt(source.substring("holdout-".length())) : 0;
	}

	private static int[] numbers(String list) {
		return java.util.Arrays.stream(list.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
	}

	private static double[] doubles(String list) {
		return java.util.Arrays.stream(list.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
	}
}
