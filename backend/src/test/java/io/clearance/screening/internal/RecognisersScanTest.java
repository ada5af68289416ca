package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The recognisers find the same facts whether or not the post was first scanned for the packs' and recognisers'
 * literals: the scan only tells where patterns need not be tried (the name recogniser's patterns after a name among
 * them), never what they find.
 */
class RecognisersScanTest {

	@Test
	void theLiteralScanChangesNoFact() throws Exception {
		Screener screener = new Screener(new Recognisers("US"));
		PackCompiler compiler = new PackCompiler(screener);
		List<CompiledPack> packs = new ArrayList<>();
		for (PackSource source : new PackSources.Directory(Fixtures.RULES).read()) {
			packs.add(compiler.compileWithoutExamples(source));
		}
		LiteralScanner scanner = screener.scannerFor(packs);
		List<String> texts = new ArrayList<>();
		for (Evaluation.Case c : Evaluation.cases()) {
			texts.add(c.text());
		}
		for (CompiledPack pack : packs) {
			for (Example example : pack.examples()) {
				texts.add(example.request().text());
			}
		}
		texts.add(PerformanceTest.TWO_KB_POST);
		List<String> pieces = new ArrayList<>();
		for (String text : texts) {
			if (text != null) {
				pieces.addAll(Arrays.asList(text.split("(?<=[ .,])")));
			}
		}
		Random random = new Random(3);
		for (int t = 0; t < 400; t++) {
			StringBuilder text = new StringBuilder();
			for (int i = 5 + random.nextInt(40); i > 0; i--) {
				text.append(pieces.get(random.nextInt(pieces.size())));
			}
			texts.add(text.toString());
		}
		Recognisers recognisers = screener.recognisers();
		int names = 0;
		int withCue = 0;
		for (String text : texts) {
			String t = text == null ? "" : text;
			List<String> plain = describe(recognisers.recognise(t, List.of(), null).spans());
			List<String> scanned = describe(recognisers.recognise(t, List.of(), scanner).spans());
			assertThat(scanned).as(t).isEqualTo(plain);
			names += (int) plain.stream().filter(s -> s.startsWith("PersonName")).count();
			withCue += (int) plain.stream().filter(s -> s.startsWith("PersonName") && !s.endsWith("cue null")).count();
		}
		// the comparison covers names with and without a patient or care cue after them
		assertThat(names).isGreaterThan(100);
		assertThat(withCue).isGreaterThan(20);
	}

	private static List<String> describe(List<Span> spans) {
		List<String> described = new ArrayList<>();
		for (Span span : spans) {
			String d = span + " " + span.getText() + " sentence " + span.getSentence();
			if (span instanceof PersonName name) {
				d += " patient " + name.isPatientContext() + " staff " + name.isStaffTitle() + " cue " + name.getCue();
			}
			described.add(d);
		}
		return described;
	}
}
