package io.clearance.screening.internal;

import java.util.List;

import io.clearance.screening.Category;
import io.clearance.screening.PostKind;

/**
 * A pack's {@code pack.yaml}. {@code kinds}, when given, names the only kinds of post the pack's rules are about
 * (the review-replies pack: {@code [REVIEW_REPLY]}): other posts skip the pack entirely, phrases included. Its
 * examples hold the pack to it: an example of another kind that expects a finding fails.
 */
record PackManifest(String id, String name, String version, String description, List<Category> categories,
		Boolean enabled, List<PostKind> kinds) {

	PackManifest {
		categories = categories == null ? List.of() : List.copyOf(categories);
		enabled = enabled == null ? Boolean.TRUE : enabled;
		kinds = kinds == null ? List.of() : List.copyOf(kinds);
	}

	boolean isEnabled() {
		return enabled;
	}

	/** Whether the pack's rules are run on a post of this kind: every kind when {@code kinds} is not given. */
	boolean screens(PostKind kind) {
		return kinds.isEmpty() || kinds.contains(kind);
	}
}
