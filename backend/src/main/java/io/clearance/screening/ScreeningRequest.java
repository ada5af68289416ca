package io.clearance.screening;

import java.util.List;

/**
 * A text to screen for one platform. {@code consentOnFile} says whether a consent record covering this post's
 * patient content and channel is on file; {@code mediaDescriptions} describe attached images and videos.
 */
public record ScreeningRequest(String text, Platform platform, PostKind kind, boolean sponsored,
		boolean consentOnFile, List<String> mediaDescriptions) {

	public ScreeningRequest {
		mediaDescriptions = mediaDescriptions == null ? List.of() : List.copyOf(mediaDescriptions);
	}

	public ScreeningRequest(String text, Platform platform, PostKind kind, boolean sponsored) {
		this(text, platform, kind, sponsored, false, List.of());
	}
}
