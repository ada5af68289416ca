package io.clearance.screening.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.clearance.screening.ScreeningRequest;

/**
 * Interleaved A/B of two versions of the rule packs in one JVM, on the current screening path: batches of ten 2 KB
 * posts alternate between the packs of folder A and folder B (recognisers, literal scan and pooled sessions as
 * {@link Screener} runs them), and the best batch of each is printed, with the CPU time of the whole run. For a rule
 * change: A is the old {@code rules/} (e.g. {@code git archive <commit> rules | tar -x -C /tmp/old}), B the new one.
 * Run: {@code java -cp <test classpath> io.clearance.screening.internal.RulesAB <seconds> <rules dir A> <rules dir B>}.
 */
public class RulesAB {

	public static void main(String[] args) throws Exception {
		long seconds = Long.parseLong(args[0]);
		Screener screener = new Screener(new Recognisers("US"));
		PackCompiler compiler = new PackCompiler(screener);
		List<List<CompiledPack>> sides = new ArrayList<>();
		for (int i = 1; i <= 2; i++) {
			List<CompiledPack> packs = new ArrayList<>();
			for (PackSource source : new PackSources.Directory(Path.of(args[i])).read()) {
				packs.add(compiler.compileWithoutExamples(source));
			}
			sides.add(packs);
		}
		ScreeningRequest request = Fixtures.aFacebookPost(PerformanceTest.TWO_KB_POST);
		Post post = new Post(request);
		double[] best = new double[2];
		Arrays.fill(best, Double.MAX_VALUE);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		while (System.nanoTime() < end) {
			for (int side = 0; side < 2; side++) {
				List<CompiledPack> packs = sides.get(side);
				long t0 = System.nanoTime();
				for (int k = 0; k < 10; k++) {
					Recognisers.TextFacts facts = screener.recognisers().recognise(request.text(),
							request.mediaDescriptions(), screener.scannerFor(packs));
					for (CompiledPack pack : packs) {
						pack.run(post, facts);
					}
				}
				best[side] = Math.min(best[side], (System.nanoTime() - t0) / 10_000.0);
			}
		}
		System.out.printf("A %s: %.1f us, B %s: %.1f us per 2 KB post (best batch of 10, interleaved, %d s)%n", args[1],
				best[0], args[2], best[1], seconds);
	}
}
