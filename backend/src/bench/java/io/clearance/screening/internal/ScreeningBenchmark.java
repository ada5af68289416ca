package io.clearance.screening.internal;

import java.io.IOException;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.clearance.screening.ScreeningRequest;
import io.clearance.screening.ScreeningResult;

/**
 * The core of {@code POST /api/screenings} (recognisers, every pack's session, combining the outcomes) on a 2 KB
 * post and on a 200-char post with all packs of the repository, on one thread; against a baseline measured in the
 * same run: the same text through one precompiled regular expression made of every pattern of every pack's
 * {@code phrases.yaml}. And the time a full reload takes: reading, compiling and example-testing every pack.
 *
 * <p>
 * The screenings warm up for {@link #SCREENING_WARMUP_ITERATIONS} iterations of 2 s, not the class's 3: on the 2-core
 * machine the JIT compilers go on compiling the recognisers', the regular expressions' and Drools' code for 35-50 s
 * after the fork starts screening (fewer seconds on an idle machine), and a screening gets faster until they are done.
 * With 6 s of warm-up the measurement fell in the middle of that: 2 KB p50 5,202 µs against 1,204 µs after 60 s
 * (same build, same load; docs/benchmarks.md, "## Screening"). What the aim is about is a server that has
 * been screening posts for a while.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScreeningBenchmark {

	/** Warm-up iterations (2 s each) of the screening benchmarks: until the JIT is done with the screening's code. */
	static final int SCREENING_WARMUP_ITERATIONS = 20;

	/** A short post (196 chars): a flu-shot notice with hours, the main line and an emoji. */
	static final String SHORT_POST = "Flu shots are available at all our locations this week. Walk in Monday to "
			+ "Friday, 8 am to 6 pm, or book online. Questions? Call our main line at (555) 010-0100. Stay well this "
			+ "winter! 💉 #FluSeason";

	/** The post screened: {@code 2kb} ({@link PerformanceTest#TWO_KB_POST}) or {@code 200} ({@link #SHORT_POST}). */
	@State(Scope.Benchmark)
	public static class Input {

		@Param({ "2kb", "200" })
		public String post;

		ScreeningRequest request;

		@Setup(Level.Trial)
		public void setUp() {
			request = Fixtures.aFacebookPost("2kb".equals(post) ? PerformanceTest.TWO_KB_POST : SHORT_POST);
		}
	}

	private Screener screener;
	private PackCompiler compiler;
	private List<PackSource> sources;
	private List<CompiledPack> packs;
	/** The same packs looking for every phrase group on every post, as before {@link PhraseDemand}. */
	private List<CompiledPack> everyGroupPacks;
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
		everyGroupPacks = packs.stream().map(CompiledPack::withEveryPhraseGroup).toList();
		allTerms = Pattern.compile(String.join("|", allPhrasePatterns(sources)),
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	static List<String> allPhrasePatterns(List<PackSource> sources) throws PackRefusedException {
		List<String> patterns = new ArrayList<>();
		for (PackSource source : sources) {
			String yaml = source.text(PhraseBook.FILE);
			// the groups' patterns as compiled: named lists (LIST_...) put in place, not patterns of their own
			Map<String, List<String>> groups = yaml == null ? null : PhraseBook.patterns(yaml);
			if (groups == null) {
				continue;
			}
			groups.values().forEach(list -> list.forEach(p -> patterns.add("(?:" + p + ")")));
		}
		return patterns;
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	@Warmup(iterations = SCREENING_WARMUP_ITERATIONS, time = 2)
	public ScreeningResult screenLatency(Input input) {
		return screener.screen(input.request, packs);
	}

	/** The same screening with every phrase group looked for on every post: what {@link PhraseDemand} saves. */
	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	@Warmup(iterations = SCREENING_WARMUP_ITERATIONS, time = 2)
	public ScreeningResult screenLatencyEveryPhraseGroup(Input input) {
		return screener.screen(input.request, everyGroupPacks);
	}

	@Benchmark
	@BenchmarkMode(Mode.SampleTime)
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public int regexBaselineLatency(Input input) {
		return countMatches(input);
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	@Warmup(iterations = SCREENING_WARMUP_ITERATIONS, time = 2)
	public ScreeningResult screenThroughput(Input input) {
		return screener.screen(input.request, packs);
	}

	@Benchmark
	@BenchmarkMode(Mode.Throughput)
	@OutputTimeUnit(TimeUnit.SECONDS)
	public int regexBaselineThroughput(Input input) {
		return countMatches(input);
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

	private int countMatches(Input input) {
		Matcher m = allTerms.matcher(input.request.text());
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}
}
