package io.clearance.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the screening JMH benchmark ({@code io.clearance.screening.internal.ScreeningBenchmark}) and turns its
 * results into figures: latency p50/p99 and throughput of the screening core against the one-regex baseline of
 * the same run (per parameter set, when the benchmark has parameters), and the full reload time.
 */
public final class ScreeningReport {

	private ScreeningReport() {
	}

	public static void main(String[] args) throws RunnerException {
		Collection<RunResult> results = new Runner(new OptionsBuilder()
			.include("io\\.clearance\\.screening\\.internal\\.ScreeningBenchmark\\.")
			.shouldFailOnError(true)
			.build()).run();
		// (what, params) -> primary result; what = screenLatency, regexBaselineLatency, ...
		Map<String, Map<String, Result<?>>> byParams = new TreeMap<>();
		for (RunResult run : results) {
			String method = run.getParams().getBenchmark();
			method = method.substring(method.lastIndexOf('.') + 1);
			Map<String, String> params = new LinkedHashMap<>();
			for (String key : run.getParams().getParamsKeys()) {
				params.put(key, run.getParams().getParam(key));
			}
			byParams.computeIfAbsent(params.isEmpty() ? "" : params.toString(), k -> new LinkedHashMap<>())
				.put(method, run.getPrimaryResult());
		}
		Figures figures = Figures.part("screening");
		byParams.forEach((params, r) -> {
			// params: "" (no parameters) or "{post=2kb}", "{post=200}"
			boolean twoKb = params.isEmpty() || params.contains("=2kb");
			String label = (twoKb ? "2 KB post" : params.contains("=200") ? "200-char post" : params)
					+ ", all packs, 1 thread";
			Result<?> screen = r.get("screenLatency");
			Result<?> regex = r.get("regexBaselineLatency");
			if (screen != null) {
				double p50 = screen.getStatistics().getPercentile(50);
				double p99 = screen.getStatistics().getPercentile(99);
				Double b50 = regex == null ? null : regex.getStatistics().getPercentile(50);
				Double b99 = regex == null ? null : regex.getStatistics().getPercentile(99);
				figures.add("screening", "screening core p50 (" + label + ")", "µs", p50,
						"one precompiled regex of all packs' phrases", b50, twoKb ? "≤ 200 µs" : null,
						twoKb ? p50 <= 200 : null, null);
				figures.add("screening", "screening core p99 (" + label + ")", "µs", p99,
						"one precompiled regex of all packs' phrases", b99, twoKb ? "≤ 1,000 µs" : null,
						twoKb ? p99 <= 1000 : null, null);
			}
			Result<?> every = r.get("screenLatencyEveryPhraseGroup");
			if (screen != null && every != null) {
				figures.add("screening", "screening core p50, phrase groups on demand (" + label + ")", "µs",
						screen.getStatistics().getPercentile(50), "every phrase group looked for (as before)",
						every.getStatistics().getPercentile(50), null, null, null);
				figures.add("screening", "screening core p99, phrase groups on demand (" + label + ")", "µs",
						screen.getStatistics().getPercentile(99), "every phrase group looked for (as before)",
						every.getStatistics().getPercentile(99), null, null, null);
			}
			Result<?> ops = r.get("screenThroughput");
			Result<?> regexOps = r.get("regexBaselineThroughput");
			if (ops != null) {
				figures.add("screening", "screening core throughput (" + label + ")", "ops/s", ops.getScore(),
						"one precompiled regex of all packs' phrases", regexOps == null ? null : regexOps.getScore(),
						null, null, null);
			}
			Result<?> reload = r.get("reloadAllPacks");
			if (reload != null) {
				figures.add("screening", "full reload of all packs (compile + examples)", "ms", reload.getScore(),
						null, null, "≤ 5,000 ms", reload.getScore() <= 5000,
						"± " + Math.round(reload.getScoreError()) + " ms");
			}
		});
		figures.write();
	}
}
