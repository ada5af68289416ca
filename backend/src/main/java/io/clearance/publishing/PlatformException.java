package io.clearance.publishing;

import io.clearance.shared.RetryAdvice;
import java.time.Instant;
import java.util.Optional;

/**
 * A platform did not take a request, with the platform's own message and whether trying again may help. Connectors
 * throw it; the engine reads its {@link RetryAdvice} to retry later, not before {@code Retry-After}, or to stop and
 * raise an incident.
 */
public class PlatformException extends RuntimeException implements RetryAdvice {

	private final boolean retryable;

	private final Instant retryNotBefore;

	private PlatformException(String message, boolean retryable, Instant retryNotBefore, Throwable cause) {
		super(message, cause);
		this.retryable = retryable;
		this.retryNotBefore = retryNotBefore;
	}

	/** Worth trying again later: a timeout, a connection refused, a 5xx. */
	public static PlatformException temporary(String message, Throwable cause) {
		return new PlatformException(message, true, null, cause);
	}

	/** Rate limited: try again, not before {@code notBefore}. */
	public static PlatformException rateLimited(String message, Instant notBefore) {
		return new PlatformException(message, true, notBefore, null);
	}

	/** Trying again cannot help until a person acts: a revoked token, content refused, a missing account. */
	public static PlatformException permanent(String message) {
		return new PlatformException(message, false, null, null);
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
