package io.clearance.posts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A reviewer's proposed replacement of {@code [start, end)} of the decided revision's text (UTF-16 offsets, as a
 * browser counts them). The author may accept it while the span still reads as it did; nothing applies it for them.
 */
@Embeddable
public record SuggestedEdit(@Column(name = "start_offset") int start, @Column(name = "end_offset") int end,
		@Column(name = "replacement", length = MAX_REPLACEMENT) String replacement,
		@Column(name = "note", length = MAX_NOTE) String note) {

	public static final int MAX_EDITS = 50;

	public static final int MAX_REPLACEMENT = 2000;

	public static final int MAX_NOTE = 500;

	public SuggestedEdit {
		replacement = replacement == null ? "" : replacement;
		note = note == null || note.isBlank() ? null : note;
	}
}
