package io.clearance.shared;

/** The thing asked for does not exist, or the caller may not know that it does. */
public class NotFoundException extends DomainException {

	public NotFoundException(String message) {
		super("not-found", message);
	}
}
