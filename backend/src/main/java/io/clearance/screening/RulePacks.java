package io.clearance.screening;

import java.util.List;
import java.util.Optional;

/** Read access to the rule-pack registry. */
public interface RulePacks {

	List<RulePackStatus> list();

	/**
	 * Compiles the pack as it is on disk now and runs each of its examples against it, without changing what
	 * screens. Empty when there is no such pack.
	 */
	default Optional<ExampleRun> runExamples(String packId) {
		return Optional.empty();
	}
}
