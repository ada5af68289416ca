package io.clearance.publishing;

import io.clearance.screening.Platform;

/**
 * The SPI one platform connector implements. Implementations must treat {@code idempotencyKey} as the identity
 * of the publication: called twice with the same key, the platform gets the post once.
 */
public interface Publisher {

	/** Whether this publisher serves the platform. */
	boolean supports(Platform platform);

	/** Puts the text on the platform and returns the platform's id for it; throws when it did not go out. */
	String publish(Platform platform, String idempotencyKey, String text, java.util.List<String> mediaDescriptions);
}
