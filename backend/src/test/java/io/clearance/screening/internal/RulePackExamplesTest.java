package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of every pack in the repository's rules/ folder, one test each, named after the example. A pack
 * the server would refuse fails here first.
 */
class RulePackExamplesTest {

	/** One example of one compiled pack; its name is the test's name. */
	record PackExample(CompiledPack pack, Example example) {

		@Override
		public String toString() {
			return pack.id() + " › " + example.file().replace("examples/", "") + " › " + example.name();
		}
	}

	static final PackCompiler COMPILER = new PackCompiler(new Screener(new Recognisers("US")));

	static List<PackExample> examples() throws PackRefusedException {
		List<PackExample> all = new ArrayList<>();
		for (PackSource source : new PackSources.Directory(Fixtures.RULES).read()) {
			CompiledPack pack = COMPILER.compileWithoutExamples(source);
			for (Example example : pack.examples()) {
				all.add(new PackExample(pack, example));
			}
		}
		return all;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("examples")
	void givesWhatTheExampleExpects(PackExample packExample) {
		String problem = COMPILER.run(packExample.pack(), packExample.example());
		if (problem != null) {
			fail(packExample + ": " + problem + "\n  text: " + packExample.example().request().text());
		}
		assertThat(problem).isNull();
	}

	static Path rules() {
		return Fixtures.RULES;
	}
}
