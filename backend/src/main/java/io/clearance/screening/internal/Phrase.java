package io.clearance.screening.internal;

/**
 * One match of a pattern from the pack's own {@code phrases.yaml}: {@code group} is the key the pattern is listed
 * under. Phrases are per pack; one pack never sees another's.
 */
public final class Phrase extends Span {

	private final String group;

	Phrase(int start, int end, String text, int sentence, String group) {
		super(start, end, text, sentence);
		this.group = group;
	}

	public String getGroup() {
		return group;
	}

	@Override
	public String toString() {
		return "Phrase(" + group + ")[" + getStart() + ".." + getEnd() + "]";
	}
}
