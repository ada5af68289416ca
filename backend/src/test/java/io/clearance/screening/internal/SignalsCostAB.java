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
 * ({@link SignalModel#signals} of each pack's model on the post). Not part of the build; run from the repository
 * root:
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
		// the scoring alone: every pack's model on the post's index
		TextIndex index = new TextIndex(PerformanceTest.TWO_KB_POST);
		List<SignalModel> models = with.stream().map(CompiledPack::signals).filter(m -> !m.isEmpty()).toList();
		int found = 0;
		for (int i = 0; i < 20_000; i++) {
			for (SignalModel model : models) {
				found += model.signals(index).size();
			}
		}
		double scoring = Double.MAX_VALUE;
		for (int round = 0; round < 20; round++) {
			long start = System.nanoTime();
			for (int i = 0; i < 1000; i++) {
				for (SignalModel model : models) {
					found += model.signals(index).size();
				}
			}
			scoring = Math.min(scoring, (System.nanoTime() - start) / 1000.0 / 1000);
		}
		Arrays.sort(a);
		Arrays.sort(b);
		System.out.printf(Locale.ROOT,
				"2 KB post, all packs, %d interleaved batches of %d: without signals best %.1f / median %.1f µs, "
						+ "with signals best %.1f / median %.1f µs: ratio best %.3f, median %.3f; scoring alone (%d models) "
						+ "%.1f µs per post (signals made: %d)%n",
				ROUNDS, BATCH, a[0], a[ROUNDS / 2], b[0], b[ROUNDS / 2], b[0] / a[0], b[ROUNDS / 2] / a[ROUNDS / 2],
				models.size(), scoring, found);
	}
}
