package io.clearance.screening.web;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.ScreeningRequest;

/**
 * The body of {@code POST /api/screenings}. {@code text} may be empty (an empty post is screened like any other)
 * but not missing, and is at most {@value #MAX_TEXT} chars: more than any platform accepts except Facebook
 * (63,206), whose limit no real post comes near, and a bound on the work one request can cause.
 * {@code consentOnFile} and {@code mediaDescriptions} are optional.
 */
record ScreeningRequestBody(@NotNull @Size(max = MAX_TEXT) String text, @NotNull Platform platform,
		@NotNull PostKind kind, @NotNull Boolean sponsored, Boolean consentOnFile,
		@Size(max = MAX_MEDIA) List<@NotNull @Size(max = MAX_MEDIA_DESCRIPTION) String> mediaDescriptions) {

	static final int MAX_TEXT = 20_000;
	static final int MAX_MEDIA = 20;
	static final int MAX_MEDIA_DESCRIPTION = 2_000;

	ScreeningRequest toRequest() {
		return new ScreeningRequest(text, platform, kind, sponsored, Boolean.TRUE.equals(consentOnFile),
				mediaDescriptions);
	}
}
