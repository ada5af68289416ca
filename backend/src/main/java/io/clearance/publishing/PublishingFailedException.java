package io.clearance.publishing;

import io.clearance.screening.Platform;

/** A platform did not take the post. The job executor retries; when retries run out, the engine raises an incident. */
public class PublishingFailedException extends RuntimeException {

	public PublishingFailedException(Platform platform, Throwable cause) {
		super("Publishing on " + platform + " failed: " + cause.getMessage(), cause);
	}
}
