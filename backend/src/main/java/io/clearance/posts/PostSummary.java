package io.clearance.posts;

import io.clearance.screening.Category;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.Route;
import java.util.List;

/**
 * What an inbox row needs to know about a post: the start of its current text, where it goes, and what its latest
 * screening found. {@code route} is null while the post has not been screened.
 */
public record PostSummary(long postId, PostKind kind, PostStatus status, String excerpt, List<Platform> platforms,
		Route route, List<Category> categories) {

	/** Characters of the current text an excerpt keeps. */
	public static final int EXCERPT_LENGTH = 160;

	public boolean crisis() {
		return kind == PostKind.CRISIS_UPDATE;
	}
}
