package io.clearance.posts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * A reviewer's proposed replacement of {@code [start, end)} of the decided revision's text (UTF-16 offsets, as a
 * browser counts them). The author may accept it while the span still reads as it did; nothing applies it for them.
 * {@code response} is the author's answer (null until they give one) and {@code respondedAt} when they gave it.
 */
@Embeddable
public record SuggestedEdit(@Column(name = "start_offset") int start, @Column(name = "end_offset") int end,
		@Column(name = "replacement", length = MAX_REPLACEMENT) String replacement,
		@Column(name = "note", length = MAX_NOTE) String note,
		@Column(name = "response", length = 16) @Enumerated(EnumType.STRING) Response response,
		@Column(name = "responded_at") Instant respondedAt) {

	public static final int MAX_EDITS = 50;

	public static final int MAX_REPLACEMENT = 2000;

	public static final int MAX_NOTE = 500;

	/** The author's answer to a suggested edit. */
	public enum Response {
		/** Taken into the text (the revision saved with it carries it). */
		ACCEPTED,
		/** Left out on purpose. */
		IGNORED
	}

	public SuggestedEdit {
		replacement = replacement == null ? "" : replacement;
		note = note == null || note.isBlank() ? null : note;
	}

	/** A suggestion as the reviewer makes it: not answered yet. */
	public SuggestedEdit(int start, int end, String replacement, String note) {
		this(start, end, replacement, note, null, null);
	}

	SuggestedEdit answered(Response response, Instant at) {
		return new SuggestedEdit(start, end, replacement, note, response, at);
	}
}
