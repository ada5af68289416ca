package io.clearance.screening.internal;

import java.util.List;

/**
 * Finds one kind of thing in a text and adds it as facts. Recognisers only say what is there and in what
 * context; whether that is a finding is for the packs' rules to decide.
 */
interface Recogniser {

	void recognise(TextIndex text, List<Span> facts);
}
