package io.clearance.shared;

/** A request whose parameters are out of range (400): for example a page size the API does not serve. */
public class BadRequestException extends DomainException {

	public BadRequestException(String problemType, String message) {
		super(problemType, message);
	}
}
