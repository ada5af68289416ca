package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.clearance.screening.Category;
import io.clearance.screening.Finding;
import io.clearance.screening.PackVersion;
import io.clearance.screening.Route;
import io.clearance.screening.ScreeningRequest;
import io.clearance.screening.ScreeningResult;
import io.clearance.screening.internal.Recognisers.TextFacts;

/**
 * Screens one request against a set of compiled packs: the recognisers run once, each pack runs its own rules on
 * the shared facts, and the outcomes combine. The route is the strictest any finding asks for (BLOCKER findings
 * BLOCK, a rule's stated route, otherwise NEEDS_COMPLIANCE), PASS without findings. The fast track needs one pack
 * to allow it, none to deny it, no privacy finding, and a route that is neither BLOCK nor NEEDS_LEGAL.
 */
final class Screener {

	/** Categories that protect a person's privacy: the fast track never skips them. */
	static final Set<Category> PRIVACY = EnumSet.of(Category.PHI, Category.GDPR_HEALTH_DATA,
			Category.REVIEW_RESPONSE_PHI);

	private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
		.thenComparingInt(Finding::end)
		.thenComparing(Finding::pack)
		.thenComparing(Finding::ruleId);

	private final Recognisers recognisers;

	Screener(Recognisers recognisers) {
		this.recognisers = recognisers;
	}

	Recognisers recognisers() {
		return recognisers;
	}

	/** A literal scanner and what it was built for (a pack list, or one pack): built once, not per post. */
	private record Scanner(Object key, LiteralScanner scanner) {
	}

	/** The last scanner for a set of packs (the registry's snapshot) and for one pack alone (its examples). */
	private volatile Scanner forSet;
	private volatile Scanner forOnePack;

	/**
	 * The one automaton over every literal word the recognisers' and these packs' patterns start with. The
	 * registry's snapshot list lives until the next reload, and a pack's examples run one after the other, so a
	 * one-entry cache per kind is enough.
	 */
	LiteralScanner scannerFor(List<CompiledPack> packs) {
		boolean one = packs.size() == 1;
		Object key = one ? packs.get(0) : packs;
		Scanner cached = one ? forOnePack : forSet;
		if (cached != null && cached.key() == key) {
			return cached.scanner();
		}
		List<String> literals = new ArrayList<>(recognisers.literals());
		List<String> anywhere = new ArrayList<>(recognisers.literalsAnywhere());
		for (CompiledPack pack : packs) {
			literals.addAll(pack.phrases().literals());
			anywhere.addAll(pack.phrases().literalsAnywhere());
		}
		// a literal that every pattern looking for it needs only where \b can stand before it is not recorded after
		// a word char: the hits a post's common short prefixes ("he" in "the") would give
		Scanner built = new Scanner(key, new LiteralScanner(literals, anywhere));
		if (one) {
			forOnePack = built;
		}
		else {
			forSet = built;
		}
		return built.scanner();
	}

	ScreeningResult screen(ScreeningRequest request, List<CompiledPack> packs) {
		Post post = new Post(request);
		TextFacts facts = recognisers.recognise(post.getText(), post.getMediaDescriptions(), scannerFor(packs));
		Route route = Route.PASS;
		boolean fastTrackAllowed = false;
		boolean fastTrackDenied = false;
		Map<String, Finding> findings = new LinkedHashMap<>();
		List<PackVersion> versions = new ArrayList<>(packs.size());
		for (CompiledPack pack : packs) {
			Outcome outcome = pack.run(post, facts);
			for (FindingDraft draft : outcome.drafts()) {
				Finding finding = draft.toFinding();
				findings.putIfAbsent(finding.pack() + '/' + finding.ruleId() + ':' + finding.start() + ':' + finding.end(),
						finding);
				route = route.strictest(draft.effectiveRoute());
			}
			fastTrackAllowed |= outcome.fastTrackAllowed();
			fastTrackDenied |= outcome.fastTrackDenied();
			versions.add(pack.packVersion());
		}
		List<Finding> sorted = new ArrayList<>(findings.values());
		sorted.sort(ORDER);
		boolean privacyFinding = sorted.stream().anyMatch(f -> PRIVACY.contains(f.category()));
		// the fast track has one crisis approver and no compliance or legal stage before publication: only an update
		// with no finding at all may take it (a missing caption or alt text too goes to compliance first: in a crisis
		// the people who most need an update include those who cannot hear a video or see a photo)
		boolean fastTrack = fastTrackAllowed && !fastTrackDenied && !privacyFinding && route == Route.PASS;
		return new ScreeningResult(route, fastTrack, sorted, versions);
	}
}
