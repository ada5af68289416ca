package io.clearance.crisis.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Durations measured by a benchmark, and the report of several such series measured in the same run. */
final class Samples {

	private final String name;

	private final List<Long> nanos = new ArrayList<>();

	Samples(String name) {
		this.name = name;
	}

	void add(long durationNanos) {
		nanos.add(durationNanos);
	}

	int size() {
		return nanos.size();
	}

	double percentileMillis(double p) {
		List<Long> sorted = nanos.stream().sorted().toList();
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
	}

	double medianMillis() {
		return percentileMillis(50);
	}

	String row() {
		return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |", name, nanos.size(),
				percentileMillis(0), medianMillis(), percentileMillis(90), percentileMillis(100));
	}

	/**
	 * The same figures in the form of the benchmark suite ({@code -Pbench}): {@code target/bench/parts/crisis-*.json},
	 * gathered into {@code target/bench/results.json}.
	 */
	private static void writeFigures(String title, String file, Samples fastTrack, Samples baseline)
			throws IOException {
		String kind = file.contains("wall") ? "wall clock" : "engine time";
		List<Map<String, Object>> figures = new ArrayList<>();
		for (int p : new int[] { 50, 90 }) {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("section", "crisis");
			f.put("name", "crisis approval → PUBLISHED p" + p + " (" + kind + ")");
			f.put("unit", "ms");
			f.put("value", fastTrack.percentileMillis(p));
			f.put("baselineName", "post approval: compliance approval → PUBLISHED p" + p);
			f.put("baseline", baseline.percentileMillis(p));
			f.put("ratio", fastTrack.percentileMillis(p) / baseline.percentileMillis(p));
			f.put("aim", "within seconds (≤ 5,000 ms)");
			f.put("met", fastTrack.percentileMillis(p) <= 5000);
			f.put("note", fastTrack.size() + " samples; " + title);
			figures.add(f);
		}
		Path parts = Path.of("target", "bench", "parts");
		Files.createDirectories(parts);
		Files.writeString(parts.resolve("crisis-" + file.replace(".md", ".json")),
				new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(figures));
	}

	/** A markdown table of the series, printed and written to {@code target/benchmarks/<file>}. */
	static String report(String title, String file, Samples fastTrack, Samples baseline, String note) {
		String text = "### " + title + "\n\n" + "| series | n | min ms | median ms | p90 ms | max ms |\n"
				+ "| --- | ---: | ---: | ---: | ---: | ---: |\n" + fastTrack.row() + "\n" + baseline.row() + "\n\n"
				+ String.format(Locale.ROOT, "Fast track / baseline: median %.2f, p90 %.2f. %s%n",
						fastTrack.medianMillis() / baseline.medianMillis(),
						fastTrack.percentileMillis(90) / baseline.percentileMillis(90), note);
		System.out.println("\n" + text);
		try {
			Path out = Path.of("target/benchmarks", file);
			Files.createDirectories(out.getParent());
			Files.writeString(out, text);
			writeFigures(title, file, fastTrack, baseline);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return text;
	}
}
