package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.clearance.screening.Category;

/**
 * {@link SignalTrainer#raiseUntilExamplesPass}: a head's threshold goes up until its pack passes its own examples,
 * and no further. On the committed medical-claims pack, whose head fires on a tricky negative of its examples below
 * the threshold it was written with.
 */
class SignalTrainerTest {

	static PackCompiler compiler;
	static CompiledPack pack;
	static SignalModel.Head written;
	static SignalCorpus.Head head;

	@BeforeAll
	static void compileTheClaimsPack() throws PackRefusedException, IOException {
		compiler = new PackCompiler(new Screener(new Recognisers("US")));
		PackSource source = new PackSources.Directory(Fixtures.RULES).read().stream()
			.filter(s -> s.folder().equals("medical-claims")).findFirst().orElseThrow();
		pack = compiler.compileWithoutExamples(source);
		written = SignalModel.parseHeads(source.text(SignalModel.FILE)).get(0);
		head = SignalCorpus.CANDIDATES.stream().filter(h -> h.category() == Category.MEDICAL_CLAIM).findFirst()
			.orElseThrow();
	}

	static SignalTrainer.Trained at(double threshold) {
		return new SignalTrainer.Trained(head,
				new SignalModel.Head(written.name(), written.bias(), threshold, written.weights()));
	}

	@Test
	void aThresholdTooLowForThePacksExamplesIsRaisedNoHigherThanNeeded() {
		double low = Math.round((written.threshold() - 0.12) * 100) / 100.0;
		assertThat(SignalTrainer.failingExamples(compiler, SignalTrainer.withSignals(pack, List.of(at(low).model()))))
			.as("the head at %.2f makes an example fail", low).isNotEmpty();
		List<String> raised = new ArrayList<>();
		List<SignalTrainer.Trained> heads = SignalTrainer.raiseUntilExamplesPass(compiler, pack, List.of(at(low)), raised);
		double now = heads.get(0).model().threshold();
		assertThat(now).isGreaterThan(low).isLessThanOrEqualTo(written.threshold());
		assertThat(SignalTrainer.failingExamples(compiler, SignalTrainer.withSignals(pack, List.of(heads.get(0).model()))))
			.isEmpty();
		// one step lower still fails: the raise stops at the first threshold that passes
		assertThat(SignalTrainer.failingExamples(compiler,
				SignalTrainer.withSignals(pack, List.of(at(Math.round((now - 0.01) * 100) / 100.0).model()))))
			.isNotEmpty();
		assertThat(raised).singleElement().asString()
			.contains(String.format(java.util.Locale.ROOT, "raised from the trained %.2f to %.2f", low, now));
	}

	@Test
	void aThresholdWithWhichThePackPassesIsKept() {
		List<String> raised = new ArrayList<>();
		List<SignalTrainer.Trained> heads = SignalTrainer.raiseUntilExamplesPass(compiler, pack,
				List.of(at(written.threshold())), raised);
		assertThat(heads.get(0).model().threshold()).isEqualTo(written.threshold());
		assertThat(raised).isEmpty();
	}
}
