package io.clearance.crisis.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return text;
	}
}
