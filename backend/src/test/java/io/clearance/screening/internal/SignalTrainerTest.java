package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.clearance.screening.Category;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.Route;

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

	/**
	 * Out-of-fold F1 that is flat from 0.40 to 0.55 and falls after: with no tolerance the lowest threshold of the
	 * best F1 wins, with one the highest threshold whose F1 is within it.
	 */
	@Test
	void theToleranceTakesTheHighestThresholdNearTheBestF1() {
		SignalCorpus.Head claims = SignalCorpus.CANDIDATES.get(1);
		List<SignalCorpus.Post> posts = new ArrayList<>();
		List<Double> scores = new ArrayList<>();
		// nine positives scored 0.90, one at 0.56 and one at 0.41; two negatives at 0.40 and 0.38; 200 clean at 0.10
		double[] positives = { 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.56, 0.41 };
		for (double score : positives) {
			posts.add(post(Set.of(claims.category())));
			scores.add(score);
		}
		for (double score : new double[] { 0.40, 0.38 }) {
			posts.add(post(Set.of(Category.PHI)));
			scores.add(score);
		}
		for (int i = 0; i < 200; i++) {
			posts.add(post(Set.of()));
			scores.add(0.10);
		}
		double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
		// at 0.41 every positive is found and no negative: F1 1.0; at 0.42-0.56 one is missed: F1 0.947
		assertThat(SignalTrainer.chooseThreshold(claims, posts, s, 0)).isEqualTo(0.41);
		assertThat(SignalTrainer.chooseThreshold(claims, posts, s, 0.06)).isEqualTo(0.56);
		// 0.02 is not enough to give up a found post here
		assertThat(SignalTrainer.chooseThreshold(claims, posts, s, 0.02)).isEqualTo(0.41);
	}

	private static SignalCorpus.Post post(Set<Category> positive) {
		Evaluation.Case c = new Evaluation.Case("t", "text", Platform.FACEBOOK,
				PostKind.POST, false, false, List.of(), Route.PASS,
				positive, null, null);
		Set<Category> p = positive.isEmpty() ? EnumSet.noneOf(Category.class)
				: EnumSet.copyOf(positive);
		return new SignalCorpus.Post("t", "evaluation", "text", PostKind.POST, false, p,
				EnumSet.allOf(Category.class), c);
	}
}
