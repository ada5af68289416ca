package io.clearance.screening.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.core.type.TypeReference;

import io.clearance.screening.ScreeningRequest;
import io.clearance.screening.ScreeningResult;

/**
 * The core of {@code POST /api/screenings} (recognisers, every pack's session, combining the outcomes) on a 2 KB
 * post with all packs of the repository, on one thread; against a baseline measured in the same run: the same text
 * through one precompiled regular expression made of every pattern of every pack's {@code phrases.yaml}. And the
 * time a full reload takes: reading, compiling and example-testing every pack.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScreeningBenchmark {

	private Screener screener;
	private PackCompiler compiler;
	private List<PackSource> sources;
	private List<CompiledPack> packs;
	private ScreeningRequest request;
	private Pattern allTerms;

	@Setup(Level.Trial)
	public void setUp() throws PackRefusedException, IOException {
		screener = new Screener(new Recognisers("US"));
		compiler = new PackCompiler(screener);
		sources = new PackSources.Directory(Fixtures.RULES).read();
		packs = new ArrayList<>();
		for (PackSource source : sources) {
			packs.add(compiler.compile(source));
		}
		request = Fixtures.aFacebookPost(PerformanceTest.TWO_KB_POST);
		allTerms = Pattern.compile(String.join("|", allPhrasePatterns(sources)),
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	static List<String> allPhrasePatterns(List<PackSource> sources) throws IOException {
		List<String> patterns = new ArrayList<>();
		for (PackSource source : sources) {
			String yaml = source.text(PhraseBook.FILE);
			if (yaml == null) {
				continue;
			}
			Map<String, List<String>> groups = Yaml.MAPPER.readValue(yaml,
					new TypeReference<LinkedHashMap<String, List<String>>>() {
					});
			groups.values().forEach(list -> list.forEach(p -> patterns.add("(?:" + p + ")")));
		}
		return patterns;
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public ScreeningResult screenLatency() {
		return screener.screen(request, packs);
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public int regexBaselineLatency() {
		return countMatches();
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public ScreeningResult screenThroughput() {
		return screener.screen(request, packs);
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public int regexBaselineThroughput() {
		return countMatches();
	}

	/** A full reload: every pack compiled into its KieBase and all of its examples run. */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Warmup(iterations = 2)
	@Measurement(iterations = 5)
	public List<CompiledPack> reloadAllPacks() throws PackRefusedException {
		List<CompiledPack> compiled = new ArrayList<>();
		for (PackSource source : new PackSources.Directory(Fixtures.RULES).read()) {
			compiled.add(compiler.compile(source));
		}
		return compiled;
	}

	private int countMatches() {
		Matcher m = allTerms.matcher(request.text());
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}
}
