package io.clearance.crisis.web;

import io.clearance.posts.Post;
import io.clearance.posts.PostStatus;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import java.util.List;

/** A crisis update in short; the whole post is at {@code /api/posts/{id}}. */
record UpdateView(long id, PostStatus status, PostKind kind, String text, List<Platform> platforms, long version) {

	static UpdateView of(Post post) {
		return new UpdateView(post.id(), post.status(), post.kind(), post.currentRevision().content().text(),
				post.platforms().stream().sorted().toList(), post.version());
	}
}
