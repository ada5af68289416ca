package io.clearance.screening.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.clearance.screening.Finding;
import io.clearance.screening.ScreeningRequest;
import io.clearance.screening.ScreeningResult;

/**
 * Not a check: writes every screening result (route, fast track, each finding's pack, rule id and span) of the
 * evaluation set and of every pack's examples, screened with all packs, to the file named by
 * {@code -Dclearance.dump=...}, so that two commits' results can be diffed: a change that must not change any result
 * (a refactoring of the packs or the recognisers) shows it with an empty diff. Runs only with that property:
 * {@code ./mvnw -B -o -pl backend -am test -Dskip.npm -Dskip.installnodenpm -Dtest=ScreeningDumpTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dclearance.dump=/tmp/results.txt}
 */
@EnabledIfSystemProperty(named = "clearance.dump", matches = ".+")
class ScreeningDumpTest {

	@Test
	void dumpsEveryResult() throws Exception {
		Screener screener = new Screener(new Recognisers("US"));
		PackCompiler compiler = new PackCompiler(screener);
		List<CompiledPack> packs = new ArrayList<>();
		List<PackSource> sources = new PackSources.Directory(Fixtures.RULES).read();
		for (PackSource source : sources) {
			packs.add(compiler.compileWithoutExamples(source));
		}
		StringBuilder out = new StringBuilder();
		for (Evaluation.Case c : Evaluation.cases()) {
			dump(out, "eval " + c.id(), screener.screen(c.request(), packs));
		}
		for (PackSource source : sources) {
			for (Map.Entry<String, byte[]> file : source.files().entrySet()) {
				if (!file.getKey().startsWith("examples/")) {
					continue;
				}
				for (Example example : Example.parse(file.getKey(), new String(file.getValue(), StandardCharsets.UTF_8))) {
					ScreeningRequest request = example.request();
					dump(out, "example " + source.folder() + "/" + file.getKey() + " " + example.name(),
							screener.screen(request, packs));
				}
			}
		}
		Files.writeString(Path.of(System.getProperty("clearance.dump")), out);
	}

	private static void dump(StringBuilder out, String what, ScreeningResult result) {
		out.append(what).append(" -> ").append(result.route()).append(result.fastTrackEligible() ? " fast" : "")
			.append('\n');
		for (Finding f : result.findings()) {
			out.append("  ").append(f.pack()).append(' ').append(f.ruleId()).append(' ').append(f.start()).append("..")
				.append(f.end()).append(' ').append(f.category()).append(' ').append(f.severity()).append('\n');
		}
	}
}
