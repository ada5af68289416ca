package io.clearance.shared;

/** The caller is known but may not do this: wrong role, or segregation of duties. */
public class ForbiddenException extends DomainException {

	public ForbiddenException(String problemType, String message) {
		super(problemType, message);
	}
}
