package io.clearance.screening;

import io.clearance.shared.DomainException;

/** An upload that is not a pack at all: not a zip, an unsafe path, no pack.yaml, an invalid pack id (400). */
public class InvalidRulePackException extends DomainException {

	public InvalidRulePackException(String problemType, String message) {
		super(problemType, message);
	}
}
