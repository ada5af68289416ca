package io.clearance.shared;

/** Well-formed but invalid input (422): e.g. a schedule in the past, a BPMN that does not compile. */
public class InvalidRequestException extends DomainException {

	public InvalidRequestException(String problemType, String message) {
		super(problemType, message);
	}
}
