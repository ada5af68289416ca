package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;

import io.clearance.screening.Finding;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.Route;
import io.clearance.screening.ScreeningRequest;
import io.clearance.screening.ScreeningResult;

/**
 * One example case from a pack's {@code examples/*.yaml}: a post and exactly the findings the pack must make on
 * it. Examples are the pack's own tests: a pack version whose examples fail is refused.
 */
record Example(String file, String name, ScreeningRequest request, Set<Expected> expected, List<String> expectNone,
		Route expectRoute, Boolean expectFastTrack) {

	/** A finding an example expects, located by rule id and span. */
	record Expected(String ruleId, int start, int end) {

		String describe(String text) {
			return ruleId + " " + start + ".." + end + (end <= text.length() && start < end
					? " \"" + text.substring(start, end) + "\"" : "");
		}
	}

	/** The YAML layout of one example. */
	record Case(String name, String text, Platform platform, PostKind kind, Boolean sponsored, Boolean consentOnFile,
			List<String> mediaDescriptions, List<ExpectedFinding> expect, List<String> expectNone, Route expectRoute,
			Boolean expectFastTrack, String why) {
	}

	/**
	 * An expected finding in YAML: {@code ruleId} and its span, given as {@code text} (a substring of the example's
	 * text; {@code occurrence} picks the n-th one, from 1) and/or as {@code start}/{@code end}.
	 */
	record ExpectedFinding(String ruleId, String text, Integer occurrence, Integer start, Integer end) {
	}

	String id() {
		return file + " › " + name;
	}

	@Override
	public String toString() {
		return id();
	}

	static List<Example> parse(String file, String yaml) throws PackRefusedException {
		List<Case> cases;
		try {
			cases = Yaml.MAPPER.readValue(yaml, new TypeReference<List<Case>>() {
			});
		}
		catch (Exception e) {
			throw new PackRefusedException(file + ": " + Yaml.problem(e));
		}
		List<Example> examples = new ArrayList<>();
		if (cases == null) {
			return examples;
		}
		for (int i = 0; i < cases.size(); i++) {
			Case c = cases.get(i);
			String where = file + ", example " + (c == null || c.name() == null ? "#" + (i + 1) : "\"" + c.name() + "\"");
			if (c == null || c.name() == null || c.name().isBlank()) {
				throw new PackRefusedException(where + ": every example needs a name");
			}
			if (c.text() == null || c.platform() == null || c.kind() == null) {
				throw new PackRefusedException(where + ": text, platform and kind are required");
			}
			Set<Expected> expected = new LinkedHashSet<>();
			for (ExpectedFinding e : c.expect() == null ? List.<ExpectedFinding>of() : c.expect()) {
				expected.add(resolve(where, c.text(), e));
			}
			ScreeningRequest request = new ScreeningRequest(c.text(), c.platform(), c.kind(),
					Boolean.TRUE.equals(c.sponsored()), Boolean.TRUE.equals(c.consentOnFile()), c.mediaDescriptions());
			examples.add(new Example(file, c.name(), request, Set.copyOf(expected),
					c.expectNone() == null ? List.of() : List.copyOf(c.expectNone()), c.expectRoute(),
					c.expectFastTrack()));
		}
		return examples;
	}

	private static Expected resolve(String where, String text, ExpectedFinding e) throws PackRefusedException {
		if (e == null || e.ruleId() == null || e.ruleId().isBlank()) {
			throw new PackRefusedException(where + ": an expected finding needs a ruleId");
		}
		Integer start = e.start();
		Integer end = e.end();
		if (e.text() != null) {
			int occurrence = e.occurrence() == null ? 1 : e.occurrence();
			int at = -1;
			for (int n = 0; n < occurrence; n++) {
				at = text.indexOf(e.text(), at + 1);
				if (at < 0) {
					throw new PackRefusedException(where + ": expected text \"" + e.text() + "\" (occurrence "
							+ occurrence + ") does not occur in the example's text");
				}
			}
			if (start != null && start != at || end != null && end != at + e.text().length()) {
				throw new PackRefusedException(where + ": start/end of " + e.ruleId() + " disagree with its text");
			}
			start = at;
			end = at + e.text().length();
		}
		if (start == null || end == null || start < 0 || end < start || end > text.length()) {
			throw new PackRefusedException(where + ": " + e.ruleId()
					+ " needs its span, as text (a substring of the example) or as start and end within the text");
		}
		return new Expected(e.ruleId(), start, end);
	}

	/** Null when the result is what this example expects, otherwise what differs. */
	String check(ScreeningResult result) {
		String text = request.text();
		Set<Expected> actual = new LinkedHashSet<>();
		for (Finding f : result.findings()) {
			actual.add(new Expected(f.ruleId(), f.start(), f.end()));
		}
		List<String> problems = new ArrayList<>();
		Set<Expected> missing = new HashSet<>(expected);
		missing.removeAll(actual);
		Set<Expected> unexpected = new HashSet<>(actual);
		unexpected.removeAll(expected);
		if (!missing.isEmpty()) {
			problems.add("missing " + describe(missing, text));
		}
		if (!unexpected.isEmpty()) {
			problems.add("unexpected " + describe(unexpected, text));
		}
		for (String ruleId : expectNone) {
			if (actual.stream().anyMatch(f -> f.ruleId().equals(ruleId)) && unexpected.stream().noneMatch(f -> f.ruleId().equals(ruleId))) {
				problems.add("expected no " + ruleId);
			}
		}
		if (expectRoute != null && expectRoute != result.route()) {
			problems.add("route " + result.route() + " instead of " + expectRoute);
		}
		if (expectFastTrack != null && expectFastTrack != result.fastTrackEligible()) {
			problems.add("fastTrackEligible " + result.fastTrackEligible() + " instead of " + expectFastTrack);
		}
		return problems.isEmpty() ? null : String.join("; ", problems);
	}

	private static String describe(Set<Expected> findings, String text) {
		return findings.stream()
			.sorted(Comparator.comparingInt(Expected::start).thenComparing(Expected::ruleId))
			.map(f -> f.describe(text))
			.collect(Collectors.joining(", ", "[", "]"));
	}
}
