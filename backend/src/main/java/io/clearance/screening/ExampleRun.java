package io.clearance.screening;

import java.util.List;

/**
 * The examples of one rule pack as it is on disk now, each run against the pack alone. {@code error} says why the
 * pack could not be compiled (then there are no results); {@code version} is the version on disk, which may be
 * newer than the one that screens.
 */
public record ExampleRun(String pack, String version, int passed, int failed, String error,
		List<ExampleResult> results) {

	public ExampleRun {
		results = results == null ? List.of() : List.copyOf(results);
	}

	/** One example: its file and name, and what differed when it failed. */
	public record ExampleResult(String file, String name, boolean passed, String problem) {
	}
}
