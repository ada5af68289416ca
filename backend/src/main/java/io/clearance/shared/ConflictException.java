package io.clearance.shared;

/** The request contradicts the current state: a stale version, a task already completed, an illegal transition. */
public class ConflictException extends DomainException {

	public ConflictException(String problemType, String message) {
		super(problemType, message);
	}
}
