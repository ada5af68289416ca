package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.clearance.screening.Category;
import io.clearance.screening.Finding;
import io.clearance.screening.PostKind;
import io.clearance.screening.Route;

/**
 * The labelled posts the meaning signals ({@link SignalModel}) are trained on: every post of the evaluation set
 * ({@code src/test/resources/evaluation/*.yaml}, labelled for every category) and every example of the packs that
 * have signals (labelled only for the categories its pack declares: what the pack's findings on it are, which its
 * examples fix exactly). Which categories have a head, which pack holds it, and on which posts it applies are here
 * too, so training, the leave-one-round-out measurement and the packs' rules agree.
 */
final class SignalCorpus {

	/** A category with a signal head: the pack whose {@code signals.tsv} holds it, and the route its findings take. */
	record Head(Category category, String pack, Route route) {

		/** The posts it is trained on and may fire on: the same guards as the pack's signal rule. */
		boolean applies(PostKind kind, boolean consentOnFile) {
			return switch (category) {
				case REVIEW_RESPONSE_PHI -> kind == PostKind.REVIEW_REPLY;
				case PATIENT_CONSENT -> kind == PostKind.POST && !consentOnFile;
				case GDPR_HEALTH_DATA -> !consentOnFile;
				case PHI -> kind != PostKind.REVIEW_REPLY && !consentOnFile;
				case TESTIMONIAL_DISCLAIMER, MEDICAL_CLAIM -> kind != PostKind.REVIEW_REPLY;
				default -> true;
			};
		}
	}

	/** Every head that could be trained. */
	static final List<Head> CANDIDATES = List.of(new Head(Category.MISINFORMATION, "misinformation", Route.BLOCK),
			new Head(Category.MEDICAL_CLAIM, "medical-claims", Route.NEEDS_LEGAL),
			new Head(Category.TESTIMONIAL_DISCLAIMER, "testimonials", Route.NEEDS_LEGAL),
			new Head(Category.REVIEW_RESPONSE_PHI, "review-replies", Route.BLOCK),
			new Head(Category.PATIENT_CONSENT, "patient-consent", Route.BLOCK),
			new Head(Category.GDPR_HEALTH_DATA, "gdpr-health-data", Route.BLOCK),
			new Head(Category.PHI, "hipaa-phi", Route.BLOCK));

	/**
	 * One labelled post: {@code source} is the evaluation round ("holdout-7") or file group ("evaluation"), or
	 * "pack:&lt;id&gt;" for a pack example; {@code labelled} the categories its label speaks about.
	 */
	record Post(String id, String source, String text, PostKind kind, boolean consentOnFile, Set<Category> positive,
			Set<Category> labelled, Evaluation.Case evaluationCase) {

		TextIndex index() {
			return new TextIndex(text == null ? "" : text);
		}
	}

	/**
	 * Blind rounds committed unread (scored, not yet read nor tuned on): kept out of the signals' training until a
	 * session reads them, so that their next score is still blind for the signals.
	 */
	static final List<String> UNREAD = List.of("h150-", "h151-", "h152-", "h153-", "h154-", "h155-");

	/** The evaluation rounds by id prefix: the blind rounds each left out in turn. */
	static final Map<String, String> ROUNDS = rounds();

	private static Map<String, String> rounds() {
		Map<String, String> rounds = new LinkedHashMap<>();
		rounds.put("ho-", "holdout");
		for (int i = 2; i <= 79; i++) {
			if (i != 25) { // the twenty-fifth round was lost unread (evaluation README)
				rounds.put("h" + i + "-", "holdout-" + i);
			}
		}
		return rounds;
	}

	static String source(String id) {
		for (Map.Entry<String, String> round : ROUNDS.entrySet()) {
			if (id.startsWith(round.getKey())) {
				return round.getValue();
			}
		}
		return "evaluation";
	}

	private SignalCorpus() {
	}

	/** The evaluation set's posts and the examples of the packs with a candidate head, in a fixed order. */
	static List<Post> posts(Screener screener, List<CompiledPack> packs) {
		List<Post> posts = new ArrayList<>();
		for (Evaluation.Case c : Evaluation.cases()) {
			if (UNREAD.stream().anyMatch(c.id()::startsWith)) {
				continue;
			}
			posts.add(new Post(c.id(), source(c.id()), c.text(), c.kind(), Boolean.TRUE.equals(c.consentOnFile()),
					c.categories(), EnumSet.allOf(Category.class), c));
		}
		for (CompiledPack pack : packs) {
			if (CANDIDATES.stream().noneMatch(h -> h.pack().equals(pack.id()))) {
				continue;
			}
			Set<Category> declared = EnumSet.copyOf(pack.manifest().categories());
			for (Example example : pack.examples()) {
				Set<Category> found = EnumSet.noneOf(Category.class);
				for (Finding finding : screener.screen(example.request(), List.of(pack)).findings()) {
					found.add(finding.category());
				}
				posts.add(new Post(pack.id() + " › " + example.name(), "pack:" + pack.id(), example.request().text(),
						example.request().kind(), example.request().consentOnFile(), found, declared, null));
			}
		}
		return posts;
	}

	/** The posts a head is trained on: labelled for its category, of a kind it applies to. */
	static List<Post> trainingPosts(List<Post> posts, Head head) {
		return posts.stream().filter(p -> p.labelled().contains(head.category()))
			.filter(p -> head.applies(p.kind(), p.consentOnFile())).toList();
	}

	static String describe(Head head) {
		return head.category().name().toLowerCase(Locale.ROOT);
	}
}
