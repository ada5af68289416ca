package io.clearance.screening.internal;

import java.util.Collection;
import java.util.Locale;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs {@link ScreeningBenchmark} and prints one table: latency percentiles, throughput and reload time. */
public final class BenchmarkReport {

	private BenchmarkReport() {
	}

	public static void main(String[] args) throws RunnerException {
		Collection<RunResult> results = new Runner(
				new OptionsBuilder().include(ScreeningBenchmark.class.getName()).shouldFailOnError(true).build()).run();
		double screenP50 = 0, screenP99 = 0, regexP50 = 0, regexP99 = 0, screenOps = 0, regexOps = 0, reload = 0,
				reloadError = 0;
		for (RunResult run : results) {
			String name = run.getParams().getBenchmark();
			Result<?> primary = run.getPrimaryResult();
			if (name.endsWith("screenLatency")) {
				screenP50 = primary.getStatistics().getPercentile(50);
				screenP99 = primary.getStatistics().getPercentile(99);
			}
			else if (name.endsWith("regexBaselineLatency")) {
				regexP50 = primary.getStatistics().getPercentile(50);
				regexP99 = primary.getStatistics().getPercentile(99);
			}
			else if (name.endsWith("screenThroughput")) {
				screenOps = primary.getScore();
			}
			else if (name.endsWith("regexBaselineThroughput")) {
				regexOps = primary.getScore();
			}
			else if (name.endsWith("reloadAllPacks")) {
				reload = primary.getScore();
				reloadError = primary.getScoreError();
			}
		}
		StringBuilder table = new StringBuilder();
		table.append(String.format(Locale.ROOT, "%n| %-46s | %10s | %10s | %14s |%n", "2 KB post, one thread", "p50 µs",
				"p99 µs", "throughput/s"));
		table.append("|------------------------------------------------|------------|------------|----------------|\n");
		table.append(String.format(Locale.ROOT, "| %-46s | %10.1f | %10.1f | %14.0f |%n",
				"screening core, all packs", screenP50, screenP99, screenOps));
		table.append(String.format(Locale.ROOT, "| %-46s | %10.1f | %10.1f | %14.0f |%n",
				"baseline: one regex of all packs' phrases", regexP50, regexP99, regexOps));
		table.append(String.format(Locale.ROOT, "| %-46s | %10.1fx | %10.1fx | %14.2fx |%n", "ratio (screening / baseline)",
				screenP50 / regexP50, screenP99 / regexP99, screenOps / regexOps));
		table.append(String.format(Locale.ROOT, "%nfull reload of all packs (compile + examples): %.0f ± %.0f ms%n", reload,
				reloadError));
		System.out.println(table);
	}
}
