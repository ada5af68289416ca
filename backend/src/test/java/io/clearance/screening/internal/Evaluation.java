package io.clearance.screening.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;

import io.clearance.screening.Category;
import io.clearance.screening.Finding;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.Route;
import io.clearance.screening.ScreeningRequest;
import io.clearance.screening.ScreeningResult;

/**
 * The evaluation set ({@code src/test/resources/evaluation/*.yaml}) screened with all packs, and the figures a
 * rule owner judges the packs by: per category precision, recall and F1 (a category counts once per post), route
 * accuracy, fast-track accuracy on crisis updates, and the share of clean posts (no expected category) that got
 * any finding.
 */
final class Evaluation {

	static final Path CASES = Path.of("src", "test", "resources", "evaluation");

	/** One labelled post. */
	record Case(String id, String text, Platform platform, PostKind kind, Boolean sponsored, Boolean consentOnFile,
			List<String> media, Route route, Set<Category> categories, Boolean fastTrack, String note) {

		ScreeningRequest request() {
			return new ScreeningRequest(text, platform, kind, Boolean.TRUE.equals(sponsored),
					Boolean.TRUE.equals(consentOnFile), media);
		}

		boolean clean() {
			return categories.isEmpty();
		}
	}

	/** What screening gave for one case. */
	record Outcome(Case expected, ScreeningResult result, Set<Category> categories) {

		boolean routeRight() {
			return result.route() == expected.route();
		}

		boolean categoriesRight() {
			return categories.equals(expected.categories());
		}

		boolean fastTrackRight() {
			return expected.fastTrack() == null || expected.fastTrack() == result.fastTrackEligible();
		}
	}

	/** Counts of one category over all cases. */
	record Score(int truePositives, int falsePositives, int falseNegatives) {

		double precision() {
			return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
		}

		double recall() {
			return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
		}

		double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}
	}

	private final List<Outcome> outcomes;

	private Evaluation(List<Outcome> outcomes) {
		this.outcomes = outcomes;
	}

	static List<Case> cases() {
		List<Case> cases = new ArrayList<>();
		try (Stream<Path> files = Files.list(CASES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
				List<Case> inFile = Yaml.MAPPER.readValue(Files.readString(file), new TypeReference<List<Case>>() {
				});
				for (Case c : inFile) {
					cases.add(new Case(c.id(), c.text(), c.platform(), c.kind(), c.sponsored(), c.consentOnFile(),
							c.media(), c.route(), c.categories() == null ? Set.of() : c.categories(), c.fastTrack(),
							c.note()));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return cases;
	}

	static Evaluation run(Screener screener, List<CompiledPack> packs) {
		List<Outcome> outcomes = new ArrayList<>();
		for (Case c : cases()) {
			ScreeningResult result = screener.screen(c.request(), packs);
			Set<Category> categories = result.findings().stream().map(Finding::category)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
			outcomes.add(new Outcome(c, result, categories));
		}
		return new Evaluation(outcomes);
	}

	List<Outcome> outcomes() {
		return outcomes;
	}

	/** The figures of the cases whose id starts with {@code prefix} (the held-out set: "ho-"). */
	Evaluation subset(String prefix) {
		return new Evaluation(outcomes.stream().filter(o -> o.expected().id().startsWith(prefix)).toList());
	}

	/** The figures of the cases written in English ({@link PostLanguage}), or of the others. */
	Evaluation english(boolean english) {
		return new Evaluation(outcomes.stream().filter(o -> PostLanguage.english(o.expected().text()) == english)
			.toList());
	}

	/** One line: posts, route accuracy, micro F1, clean posts flagged. */
	String summary() {
		return outcomes.isEmpty() ? "no posts"
				: String.format(Locale.ROOT, "%d posts, route accuracy %.3f, micro F1 %.3f, clean posts flagged %d of %d",
						outcomes.size(), routeAccuracy(), microF1(),
						cleanFlagged(),
						cleanPosts());
	}

	/** The figures of every case whose id does not start with {@code prefix}. */
	Evaluation without(String prefix) {
		return new Evaluation(outcomes.stream().filter(o -> !o.expected().id().startsWith(prefix)).toList());
	}

	Map<Category, Score> scores() {
		Map<Category, Score> scores = new EnumMap<>(Category.class);
		for (Category category : Category.values()) {
			int tp = 0;
			int fp = 0;
			int fn = 0;
			for (Outcome o : outcomes) {
				boolean expected = o.expected().categories().contains(category);
				boolean found = o.categories().contains(category);
				tp += expected && found ? 1 : 0;
				fp += !expected && found ? 1 : 0;
				fn += expected && !found ? 1 : 0;
			}
			scores.put(category, new Score(tp, fp, fn));
		}
		return scores;
	}

	double routeAccuracy() {
		return (double) outcomes.stream().filter(Outcome::routeRight).count() / outcomes.size();
	}

	double fastTrackAccuracy() {
		List<Outcome> crisis = outcomes.stream().filter(o -> o.expected().fastTrack() != null).toList();
		return crisis.isEmpty() ? 1 : (double) crisis.stream().filter(Outcome::fastTrackRight).count() / crisis.size();
	}

	long cleanPosts() {
		return outcomes.stream().filter(o -> o.expected().clean()).count();
	}

	/** Clean posts (no category expected) that got at least one finding. */
	long cleanFlagged() {
		return outcomes.stream().filter(o -> o.expected().clean() && !o.result().findings().isEmpty()).count();
	}

	/** Clean posts (no category expected) that got at least one finding, over all clean posts. */
	double cleanFalsePositiveRate() {
		return (double) cleanFlagged() / cleanPosts();
	}

	/** The lowest F1 of the categories that have expected cases. */
	double lowestF1() {
		return scores().values().stream().filter(s -> s.truePositives() + s.falseNegatives() > 0)
			.mapToDouble(Score::f1).min().orElse(1);
	}

	/** Micro-averaged F1 over all categories. */
	double microF1() {
		int tp = 0;
		int fp = 0;
		int fn = 0;
		for (Score s : scores().values()) {
			tp += s.truePositives();
			fp += s.falsePositives();
			fn += s.falseNegatives();
		}
		return new Score(tp, fp, fn).f1();
	}

	String report(boolean withMisses) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "Evaluation: %d posts (%d clean), %d packs%n", outcomes.size(),
				cleanPosts(), outcomes.isEmpty() ? 0 : outcomes.get(0).result().packs().size()));
		out.append(String.format(Locale.ROOT, "%-24s %5s %5s %5s %9s %7s %6s%n", "category", "TP", "FP", "FN",
				"precision", "recall", "F1"));
		scores().forEach((category, s) -> out.append(String.format(Locale.ROOT, "%-24s %5d %5d %5d %9.3f %7.3f %6.3f%n",
				category, s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(),
				s.f1())));
		out.append(String.format(Locale.ROOT, "%-24s %35.3f%n", "micro-averaged F1", microF1()));
		out.append(String.format(Locale.ROOT, "route accuracy            %.3f (%d of %d)%n", routeAccuracy(),
				outcomes.stream().filter(Outcome::routeRight).count(), outcomes.size()));
		out.append(String.format(Locale.ROOT, "fast-track accuracy       %.3f (crisis updates)%n", fastTrackAccuracy()));
		out.append(String.format(Locale.ROOT, "clean posts with findings %.3f (%d of %d)%n", cleanFalsePositiveRate(),
				cleanFlagged(),
				cleanPosts()));
		if (withMisses) {
			for (Outcome o : outcomes) {
				if (o.routeRight() && o.categoriesRight() && o.fastTrackRight()) {
					continue;
				}
				out.append(String.format(Locale.ROOT, "%n%s: expected %s %s%s, got %s %s%s%n", o.expected().id(),
						// the expected set in the categories' order: a HashSet's order moves between runs, and the report
						// should compare byte for byte (speed14)
						o.expected().route(), o.expected().categories().stream().sorted().toList(),
						o.expected().fastTrack() == null ? "" : " fastTrack=" + o.expected().fastTrack(),
						o.result().route(), o.categories(),
						o.expected().fastTrack() == null ? "" : " fastTrack=" + o.result().fastTrackEligible()));
				String text = o.expected().text();
				for (Finding f : o.result().findings()) {
					out.append("    ").append(f.ruleId()).append(' ')
						.append(f.end() > f.start() ? '"' + text.substring(f.start(), f.end()) + '"' : "(post)")
						.append('\n');
				}
				out.append("    text: ").append(text).append('\n');
			}
		}
		return out.toString();
	}

	Set<String> misses() {
		return outcomes.stream().filter(o -> !o.routeRight() || !o.categoriesRight()).map(o -> o.expected().id())
			.collect(Collectors.toCollection(TreeSet::new));
	}
}
