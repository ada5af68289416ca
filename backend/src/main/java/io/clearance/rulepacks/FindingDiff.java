package io.clearance.rulepacks;

import io.clearance.screening.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which findings a screening with the current packs makes that the stored one did not (appeared), and which the
 * stored one made that the current packs no longer do (disappeared). A finding is the same finding when pack,
 * rule and span are the same; a changed message or severity alone is not a change.
 */
public record FindingDiff(List<Finding> appeared, List<Finding> disappeared) {

	public FindingDiff {
		appeared = List.copyOf(appeared);
		disappeared = List.copyOf(disappeared);
	}

	static FindingDiff between(List<Finding> stored, List<Finding> current) {
		Map<String, Finding> before = index(stored);
		Map<String, Finding> after = index(current);
		List<Finding> appeared = new ArrayList<>();
		after.forEach((key, finding) -> {
			if (!before.containsKey(key)) {
				appeared.add(finding);
			}
		});
		List<Finding> disappeared = new ArrayList<>();
		before.forEach((key, finding) -> {
			if (!after.containsKey(key)) {
				disappeared.add(finding);
			}
		});
		return new FindingDiff(appeared, disappeared);
	}

	boolean isEmpty() {
		return appeared.isEmpty() && disappeared.isEmpty();
	}

	private static Map<String, Finding> index(List<Finding> findings) {
		Map<String, Finding> index = new LinkedHashMap<>();
		for (Finding f : findings) {
			index.putIfAbsent(f.pack() + '/' + f.ruleId() + ':' + f.start() + ':' + f.end(), f);
		}
		return index;
	}
}
