package io.clearance.screening.internal;

import java.util.List;

/**
 * Finds one kind of thing in a text and adds it as facts. Recognisers only say what is there and in what
 * context; whether that is a finding is for the packs' rules to decide.
 */
interface Recogniser {

	void recognise(TextIndex text, List<Span> facts);

	/** Its patterns that start with literal words: their words join the post's one literal scan. */
	default List<FastPattern> patterns() {
		return List.of();
	}
}
