package io.clearance.screening.internal;

import java.util.*;
import org.kie.api.runtime.KieSession;
import io.clearance.screening.ScreeningRequest;

/**
 * Interleaved A/B of the screening core in one JVM, for a machine too busy for JMH's sequential runs: "without" runs the
 * recognisers without the literal scan (each pattern checks its literal prefixes at every word start) and a new
 * KieSession per pack and post; "with" is {@link Screener}'s path (one literal scan, pooled sessions). Prints the best
 * batch of ten of each. Run: {@code java -cp <test classpath> io.clearance.screening.internal.ScreeningAB 40}.
 */
public class ScreeningAB {
	static Outcome runOld(CompiledPack pack, Post post, Recognisers.TextFacts facts) {
		Outcome outcome = new Outcome(pack.id());
		KieSession session = pack.kieBase().newKieSession();
		try {
			if (pack.declaresOutcome()) session.setGlobal("outcome", outcome);
			session.insert(post);
			for (Span span : facts.spans()) session.insert(span);
			for (Phrase phrase : pack.phrases().find(facts.index())) session.insert(phrase);
			for (Allowed entry : pack.allowed()) session.insert(entry);
			session.fireAllRules(10000);
			return outcome;
		} finally { session.dispose(); }
	}
	public static void main(String[] args) throws Exception {
		Screener screener = new Screener(new Recognisers("US"));
		PackCompiler compiler = new PackCompiler(screener);
		List<CompiledPack> packs = new ArrayList<>();
		for (PackSource s : new PackSources.Directory(Fixtures.RULES).read()) packs.add(compiler.compileWithoutExamples(s));
		ScreeningRequest request = Fixtures.aFacebookPost(PerformanceTest.TWO_KB_POST);
		Post post = new Post(request);
		String[] modes = {"without", "with"};
		double[][] best = new double[2][3];
		for (double[] b : best) Arrays.fill(b, Double.MAX_VALUE);
		long end = System.nanoTime() + Long.parseLong(args[0]) * 1_000_000_000L;
		while (System.nanoTime() < end) {
			for (int m = 0; m < 2; m++) {
				long t0 = System.nanoTime(); long tr = 0, tp = 0;
				for (int k = 0; k < 10; k++) {
					long a = System.nanoTime();
					Recognisers.TextFacts facts = m == 0 ? screener.recognisers().recognise(request.text(), request.mediaDescriptions())
						: screener.recognisers().recognise(request.text(), request.mediaDescriptions(), screener.scannerFor(packs));
					long b = System.nanoTime(); tr += b - a;
					for (CompiledPack p : packs) { if (m == 0) runOld(p, post, facts); else p.run(post, facts); }
					tp += System.nanoTime() - b;
				}
				best[m][0] = Math.min(best[m][0], (System.nanoTime() - t0) / 10000.0);
				best[m][1] = Math.min(best[m][1], tr / 10000.0);
				best[m][2] = Math.min(best[m][2], tp / 10000.0);
			}
		}
		for (int m = 0; m < 2; m++) System.out.printf("%s: total %.1f  recognisers %.1f  packs %.1f us (best batch of 10)%n", modes[m], best[m][0], best[m][1], best[m][2]);
	}
}
