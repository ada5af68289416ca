package io.clearance.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import io.clearance.bench.Figures.Figure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gathers the parts every benchmark of the run wrote ({@code target/bench/parts/*.json}) into
 * {@code target/bench/results.json} and prints them as one table.
 */
public final class BenchReport {

	private static final List<String> ORDER = List.of("screening", "engine", "http", "startup", "crisis");

	private BenchReport() {
	}

	public static void main(String[] args) throws IOException {
		List<Figure> all = new ArrayList<>();
		if (Files.isDirectory(Figures.PARTS)) {
			try (Stream<Path> parts = Files.list(Figures.PARTS)) {
				for (Path part : parts.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
					all.addAll(Figures.JSON.readValue(part.toFile(), new TypeReference<List<Figure>>() {
					}));
				}
			}
		}
		all.sort((a, b) -> Integer.compare(rank(a.section()), rank(b.section())));
		Map<String, Object> results = new LinkedHashMap<>();
		results.put("generated", Instant.now().toString());
		results.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
				+ System.getProperty("os.name") + ", Java " + System.getProperty("java.version")
				+ ", load average at the end " + loadAverage()
				+ " (shared and noisy: compare ratios, not absolutes)");
		results.put("figures", all);
		Path out = Figures.PARTS.getParent().resolve("results.json");
		Files.writeString(out, Figures.JSON.writeValueAsString(results));
		System.out.println("\n=== Clearance benchmarks (" + out + ") ===");
		System.out.println(table(all));
		long missed = all.stream().filter(f -> Boolean.FALSE.equals(f.met())).count();
		System.out.println(all.size() + " figures, " + all.stream().filter(f -> f.met() != null).count()
				+ " with an aim, " + missed + " aims missed.");
	}

	private static int rank(String section) {
		int i = ORDER.indexOf(section);
		return i < 0 ? ORDER.size() : i;
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException e) {
			return "?";
		}
	}

	static String table(List<Figure> figures) {
		StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n| %-9s | %-58s | %12s | %-9s | %12s | %7s | %-12s | %-4s |%n",
				"section", "figure", "value", "unit", "baseline", "ratio", "aim", "met"));
		out.append("|-----------|------------------------------------------------------------|--------------|"
				+ "-----------|--------------|---------|--------------|------|\n");
		for (Figure f : figures) {
			out.append(String.format(Locale.ROOT, "| %-9s | %-58s | %12s | %-9s | %12s | %7s | %-12s | %-4s |%n",
					f.section(), f.name(), number(f.value()), f.unit(),
					f.baseline() == null ? "" : number(f.baseline()),
					f.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", f.ratio()),
					f.aim() == null ? "" : f.aim(), f.met() == null ? "" : f.met() ? "yes" : "NO"));
			if (f.baselineName() != null) {
				out.append(String.format(Locale.ROOT, "| %-9s |   baseline: %-47s | %12s | %-9s | %12s | %7s | %-12s | %-4s |%n",
						"", f.baselineName(), "", "", "", "", "", ""));
			}
		}
		return out.toString();
	}

	private static String number(double v) {
		return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
	}
}
