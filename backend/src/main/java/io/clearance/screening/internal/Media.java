package io.clearance.screening.internal;

/**
 * One attached photo, video or document, as the post's {@code mediaDescriptions} describe it: the description is
 * the alt text of an image and says what a video shows (and whether it has captions). Media are not part of the
 * text, so findings about them are about the post as a whole (no span).
 */
public final class Media {

	private final int index;
	private final String description;

	Media(int index, String description) {
		this.index = index;
		this.description = description == null ? "" : description;
	}

	/** The position of the attachment in {@code mediaDescriptions}, from 0. */
	public int getIndex() {
		return index;
	}

	public String getDescription() {
		return description;
	}

	/** The description is empty or only white space. */
	public boolean isBlank() {
		return description.isBlank();
	}

	/** The number of words in the description: a file name or "photo" alone describes nothing. */
	public int getWords() {
		return description.isBlank() ? 0 : description.trim().split("[\\s:;,.]+").length;
	}

	/** The index only: a description may describe a patient, and toString ends up in logs. */
	@Override
	public String toString() {
		return "Media[" + index + "]";
	}
}
