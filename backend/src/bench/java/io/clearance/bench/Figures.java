package io.clearance.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * The figures one benchmark measured, each with the baseline measured in the same run and their ratio, written to
 * {@code target/bench/parts/<part>.json}; {@link BenchReport} gathers every part into {@code results.json}.
 */
public final class Figures {

	static final Path PARTS = Path.of("target", "bench", "parts");

	static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	/**
	 * One figure. {@code ratio} = value / baseline; {@code aim} is the target in words and {@code met}
	 * whether this run reached it (null when the figure has no aim).
	 */
	public record Figure(String section, String name, String unit, double value, String baselineName,
			Double baseline, Double ratio, String aim, Boolean met, String note) {
	}

	private final String part;

	private final List<Figure> figures = new ArrayList<>();

	private Figures(String part) {
		this.part = part;
	}

	public static Figures part(String part) {
		return new Figures(part);
	}

	public Figures add(String section, String name, String unit, double value, String baselineName, Double baseline,
			String aim, Boolean met, String note) {
		Double ratio = baseline == null || baseline == 0 ? null : value / baseline;
		figures.add(new Figure(section, name, unit, value, baselineName, baseline, ratio, aim, met, note));
		return this;
	}

	public Figures add(String section, String name, String unit, double value) {
		return add(section, name, unit, value, null, null, null, null, null);
	}

	/** Writes the part (replacing an earlier run's) and prints it. */
	public void write() {
		try {
			Files.createDirectories(PARTS);
			Files.writeString(PARTS.resolve(part + ".json"), JSON.writeValueAsString(figures));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		System.out.println(BenchReport.table(figures));
	}

	/** Milliseconds of a histogram recorded in microseconds. */
	public static double ms(Histogram micros, double percentile) {
		return micros.getValueAtPercentile(percentile) / 1000.0;
	}

	/** A histogram of latencies in microseconds, up to one minute, three significant digits. */
	public static Histogram micros() {
		return new Histogram(60_000_000L, 3);
	}
}
