package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.clearance.screening.ScreeningRequest;

/**
 * What the meaning signals add to screening: {@code PerformanceTest}'s 2 KB post screened with every pack as it is
 * (A: the packs without their {@code signals.tsv}, so their signal rules never fire; B: as committed), interleaved in
 * one JVM (batches of 100 screenings, A and B alternating, the order swapped every round), and the scoring alone
 * ({@link SignalModel#signals} of each pack's model on the post): on one index whose words were looked up once, and
 * on a fresh index per post as a screening pays it (the first figure alone understates what the models cost in a
 * screening). Not part of the build; run from the repository root:
 *
 * <pre>
 * ./mvnw -B -pl backend -am test -Dskip.npm -Dskip.installnodenpm -Dtest=SignalsCostAB -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class SignalsCostAB {

	static final int ROUNDS = 40;
	static final int BATCH = 100;

	@Test
	void screensThe2KbPostWithAndWithoutTheSignalsInterleaved() throws PackRefusedException {
		Screener screener = new Screener(new Recognisers("US"));
		PackCompiler compiler = new PackCompiler(screener);
		List<CompiledPack> without = new ArrayList<>();
		List<CompiledPack> with = new ArrayList<>();
		for (PackSource source : new PackSources.Directory(Fixtures.RULES).read()) {
			without.add(compiler.compileWithoutExamples(SignalsLeaveOneRoundOut.withoutSignals(source)));
			with.add(compiler.compileWithoutExamples(source));
		}
		ScreeningRequest request = Fixtures.aFacebookPost(PerformanceTest.TWO_KB_POST);
		assertThat(screener.screen(request, with).findings()).isEmpty();
		for (int i = 0; i < 3000; i++) {
			screener.screen(request, without);
			screener.screen(request, with);
		}
		double[] a = new double[ROUNDS];
		double[] b = new double[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			boolean aFirst = round % 2 == 0;
			for (int side = 0; side < 2; side++) {
				boolean isA = aFirst == (side == 0);
				List<CompiledPack> packs = isA ? without : with;
				long start = System.nanoTime();
				for (int i = 0; i < BATCH; i++) {
					screener.screen(request, packs);
				}
				(isA ? a : b)[round] = (System.nanoTime() - start) / 1000.0 / BATCH;
			}
		}
		// the scoring alone: every pack's model on the post's index, the index looked up once (warm, as the models
		// were measured first) and, as a screening pays it, on a fresh index per post (the post's words and pairs
		// looked up again), less building that index
		TextIndex index = new TextIndex(PerformanceTest.TWO_KB_POST);
		List<SignalModel> models = with.stream().map(CompiledPack::signals).filter(m -> !m.isEmpty()).toList();
		int[] found = new int[2];
		double scoring = best(() -> {
			for (SignalModel model : models) {
				found[0] += model.signals(index).size();
			}
		});
		double fresh = best(() -> {
			TextIndex post = new TextIndex(PerformanceTest.TWO_KB_POST);
			for (SignalModel model : models) {
				found[0] += model.signals(post).size();
			}
		});
		double indexAlone = best(() -> found[1] += new TextIndex(PerformanceTest.TWO_KB_POST).words().size());
		Arrays.sort(a);
		Arrays.sort(b);
		System.out.printf(Locale.ROOT,
				"2 KB post, all packs, %d interleaved batches of %d: without signals best %.1f / median %.1f µs, "
						+ "with signals best %.1f / median %.1f µs: ratio best %.3f, median %.3f; scoring alone (%d models) "
						+ "%.1f µs per post on one index, %.1f µs on a fresh index per post (%.1f with the index) "
						+ "(signals made: %d)%n",
				ROUNDS, BATCH, a[0], a[ROUNDS / 2], b[0], b[ROUNDS / 2], b[0] / a[0], b[ROUNDS / 2] / a[ROUNDS / 2],
				models.size(), scoring, fresh - indexAlone, fresh, found[0]);
	}

	/** The best of 20 rounds of 1,000 calls, after 20,000 calls of warm-up: µs per call. */
	private static double best(Runnable call) {
		for (int i = 0; i < 20_000; i++) {
			call.run();
		}
		double best = Double.MAX_VALUE;
		for (int round = 0; round < 20; round++) {
			long start = System.nanoTime();
			for (int i = 0; i < 1000; i++) {
				call.run();
			}
			best = Math.min(best, (System.nanoTime() - start) / 1000.0 / 1000);
		}
		return best;
	}
}
