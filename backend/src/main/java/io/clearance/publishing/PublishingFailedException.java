package io.clearance.publishing;

import io.clearance.shared.RetryAdvice;
import java.time.Instant;
import java.util.Optional;

/**
 * A post did not go out everywhere. The job executor retries it (not before {@link #retryNotBefore()}) unless a
 * platform refused it for good; then, or when retries run out, the engine raises an incident with this message.
 */
public class PublishingFailedException extends RuntimeException implements RetryAdvice {

	private final boolean retryable;

	private final Instant retryNotBefore;

	PublishingFailedException(String message, boolean retryable, Instant retryNotBefore, Throwable cause) {
		super(message, cause);
		this.retryable = retryable;
		this.retryNotBefore = retryNotBefore;
	}

	@Override
	public boolean retryable() {
		return retryable;
	}

	@Override
	public Optional<Instant> retryNotBefore() {
		return Optional.ofNullable(retryNotBefore);
	}
}
