package io.clearance.screening.internal;

/**
 * One match of a pattern of the pack's {@code phrases.yaml} in a media description: the groups named
 * {@code MEDIA_...}, matched against each description separately. {@code media} is the index of the description
 * ({@link Media#getIndex()}), so rules can ask whether two phrases describe the same photo
 * ({@code MediaPhrase(group == "MEDIA_FACE", media == $patient.media)}).
 */
public final class MediaPhrase {

	private final int media;
	private final String group;
	private final int start;
	private final int end;
	private final String text;

	MediaPhrase(int media, String group, int start, int end, String text) {
		this.media = media;
		this.group = group;
		this.start = start;
		this.end = end;
		this.text = text;
	}

	public int getMedia() {
		return media;
	}

	public String getGroup() {
		return group;
	}

	/** Char offsets into the media description (not into the post's text). */
	public int getStart() {
		return start;
	}

	public int getEnd() {
		return end;
	}

	public String getText() {
		return text;
	}

	/** Both phrases are in the description of the same attachment. */
	public boolean sameMedia(MediaPhrase other) {
		return other != null && media == other.media;
	}

	public boolean overlaps(MediaPhrase other) {
		return other != null && media == other.media && start < other.end && other.start < end;
	}

	@Override
	public String toString() {
		return "MediaPhrase(" + group + ")[" + media + ":" + start + ".." + end + "]";
	}
}
