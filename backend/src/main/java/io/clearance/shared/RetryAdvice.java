package io.clearance.shared;

import java.time.Instant;
import java.util.Optional;

/**
 * What a failure says about trying again; the engine's failed-job handling looks for it along the cause chain of a
 * failed job's exception. Without it, the job's retry cycle applies as configured.
 */
public interface RetryAdvice {

	/** False when trying again cannot help (a revoked token, content the platform refuses): no more retries. */
	boolean retryable();

	/** The earliest time to try again (a platform's {@code Retry-After}), if the failure names one. */
	Optional<Instant> retryNotBefore();
}
