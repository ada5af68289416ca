package io.clearance.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The outcome of screening one text: the strictest route, whether it may take the crisis fast track, findings. */
public record ScreeningResult(Route route, boolean fastTrackEligible, List<Finding> findings, List<PackVersion> packs) {

	public ScreeningResult {
		Objects.requireNonNull(route, "route");
		findings = List.copyOf(findings);
		packs = List.copyOf(packs);
	}

	/**
	 * Combines the results of screening the same text for several platforms: the strictest route, fast track
	 * only if every platform allows it, and each distinct finding once.
	 */
	public static ScreeningResult combine(List<ScreeningResult> results) {
		if (results.isEmpty()) {
			throw new IllegalArgumentException("nothing to combine");
		}
		Route route = Route.PASS;
		boolean fastTrack = true;
		Map<String, Finding> findings = new LinkedHashMap<>();
		LinkedHashSet<PackVersion> packs = new LinkedHashSet<>();
		for (ScreeningResult result : results) {
			route = route.strictest(result.route());
			fastTrack &= result.fastTrackEligible();
			for (Finding finding : result.findings()) {
				findings.putIfAbsent(finding.ruleId() + ':' + finding.start() + ':' + finding.end(), finding);
			}
			packs.addAll(result.packs());
		}
		return new ScreeningResult(route, fastTrack, new ArrayList<>(findings.values()), new ArrayList<>(packs));
	}
}
