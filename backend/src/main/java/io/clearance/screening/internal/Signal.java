package io.clearance.screening.internal;

/**
 * A "meaning signal": the score of one head of the pack's trained text model ({@code signals.tsv},
 * {@link SignalModel}) on the post. {@code name} is the head's name (the category it was trained for,
 * "MEDICAL_CLAIM"), {@code score} the model's probability for the whole post (0..1), {@code threshold} the cut-off
 * chosen when the model was trained (cross-validated on posts it was not trained on), and {@code words} the features
 * that carried the score most in the sentence that scored highest, quoted for a reviewer ("'my', 'pain free'").
 * The span is that sentence. A signal is only a candidate: the pack's rules decide whether it is a finding (as a
 * rule of the pack, with its guards), and a signal is only made when its score reaches half the threshold.
 */
public final class Signal extends Span {

	private final String name;
	private final double score;
	private final double threshold;
	private final String words;

	Signal(int start, int end, String text, int sentence, String name, double score, double threshold, String words) {
		super(start, end, text, sentence);
		this.name = name;
		this.score = score;
		this.threshold = threshold;
		this.words = words;
	}

	public String getName() {
		return name;
	}

	public double getScore() {
		return score;
	}

	public double getThreshold() {
		return threshold;
	}

	/** Whether the score reaches the trained threshold: what a rule normally asks for ({@code Signal(strong)}). */
	public boolean isStrong() {
		return score >= threshold;
	}

	/** The words that carried the score, quoted and comma-separated, for a reviewer's message. */
	public String getWords() {
		return words;
	}

	@Override
	public String toString() {
		return "Signal(" + name + " " + String.format(java.util.Locale.ROOT, "%.3f", score) + ")[" + getStart() + ".."
				+ getEnd() + "]";
	}
}
