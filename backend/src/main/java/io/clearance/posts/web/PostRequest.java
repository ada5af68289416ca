package io.clearance.posts.web;

import io.clearance.posts.Post;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A draft or an edit as the author sends it. {@code version} is required on an edit (optimistic locking) and
 * ignored on creation. {@code accountIds}: the connected accounts to publish on (optional; a platform without a
 * chosen account goes out on its default account).
 */
record PostRequest(@NotNull @Size(max = Post.MAX_TEXT_LENGTH) String text,
		@NotEmpty @Size(max = 5) List<@NotNull Platform> platforms, PostKind kind, boolean sponsored,
		Instant scheduledAt, @Size(max = 20) List<@NotNull @Size(max = 100) String> consentIds,
		@Size(max = 20) List<@NotNull @Size(max = 2000) String> mediaDescriptions, Long version,
		@Size(max = 20) List<@NotNull Long> accountIds) {
}
