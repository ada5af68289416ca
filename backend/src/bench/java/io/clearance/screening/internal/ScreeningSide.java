package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntSupplier;

import io.clearance.screening.ScreeningRequest;

/**
 * One side of {@link io.clearance.bench.ScreeningVersionsAB}: loaded once per class loader, so that it screens with
 * whichever build of {@code screening.internal} that loader holds.
 */
public final class ScreeningSide {

	private ScreeningSide() {
	}

	/** Compiles every pack of {@code rules/} and returns one screening of the post ("2kb" or "200") per call. */
	public static IntSupplier of(String post) throws Exception {
		Screener screener = new Screener(new Recognisers("US"));
		PackCompiler compiler = new PackCompiler(screener);
		List<CompiledPack> packs = new ArrayList<>();
		for (PackSource source : new PackSources.Directory(Fixtures.RULES).read()) {
			packs.add(compiler.compileWithoutExamples(source));
		}
		ScreeningRequest request = Fixtures
			.aFacebookPost("2kb".equals(post) ? PerformanceTest.TWO_KB_POST : ScreeningBenchmark.SHORT_POST);
		return () -> screener.screen(request, packs).findings().size();
	}

	/**
	 * Every result this build gives, as text: each pack's examples against the pack alone, then the evaluation set,
	 * every example, the 2 KB post and 400 random mixes of their sentences against all packs. Two builds behave the
	 * same if the lists are equal.
	 */
	public static List<String> results() throws Exception {
		Screener screener = new Screener(new Recognisers("US"));
		PackCompiler compiler = new PackCompiler(screener);
		List<CompiledPack> packs = new ArrayList<>();
		for (PackSource source : new PackSources.Directory(Fixtures.RULES).read()) {
			packs.add(compiler.compileWithoutExamples(source));
		}
		List<String> results = new ArrayList<>();
		List<ScreeningRequest> requests = new ArrayList<>();
		for (Evaluation.Case c : Evaluation.cases()) {
			requests.add(c.request());
		}
		for (CompiledPack pack : packs) {
			for (Example example : pack.examples()) {
				requests.add(example.request());
				results.add(pack.id() + " alone, " + example.name() + ": "
						+ screener.screen(example.request(), List.of(pack)));
			}
		}
		requests.add(Fixtures.aFacebookPost(PerformanceTest.TWO_KB_POST));
		List<String> pieces = new ArrayList<>();
		for (ScreeningRequest request : requests) {
			if (request.text() != null) {
				pieces.addAll(Arrays.asList(request.text().split("(?<=[ .,])")));
			}
		}
		Random random = new Random(1);
		for (int t = 0; t < 400; t++) {
			StringBuilder text = new StringBuilder();
			for (int i = 5 + random.nextInt(60); i > 0; i--) {
				text.append(pieces.get(random.nextInt(pieces.size())));
			}
			requests.add(Fixtures.aFacebookPost(text.toString()));
		}
		for (ScreeningRequest request : requests) {
			results.add(String.valueOf(screener.screen(request, packs)));
		}
		return results;
	}
}
