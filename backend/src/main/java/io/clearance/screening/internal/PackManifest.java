package io.clearance.screening.internal;

import java.util.List;

import io.clearance.screening.Category;

/** A pack's {@code pack.yaml}. */
record PackManifest(String id, String name, String version, String description, List<Category> categories,
		Boolean enabled) {

	PackManifest {
		categories = categories == null ? List.of() : List.copyOf(categories);
		enabled = enabled == null ? Boolean.TRUE : enabled;
	}

	boolean isEnabled() {
		return enabled;
	}
}
