package io.clearance.screening.internal;

import java.nio.file.Path;

import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.ScreeningRequest;

/** Shared test fixtures of the screening engine. */
final class Fixtures {

	/** The repository's rules folder (tests run in backend/). */
	static final Path RULES = Path.of("..", "rules");

	private Fixtures() {
	}

	static ScreeningRequest aFacebookPost(String text) {
		return new ScreeningRequest(text, Platform.FACEBOOK, PostKind.POST, false);
	}

	static ScreeningRequest aPostNamingAPatient() {
		return aFacebookPost("So proud of our patient John Smith, who walked out of rehab on his own today!");
	}

	static ScreeningRequest aPostWithACureClaim() {
		return aFacebookPost("Our new clinic cures migraines for good.");
	}

	static ScreeningRequest aCleanPost() {
		return aFacebookPost("Flu shots are available at all our locations this week.");
	}
}
