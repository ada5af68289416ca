package io.clearance.rulepacks;

import io.clearance.shared.DomainException;

/** A dismissal names a finding the post's latest screening does not have (400). */
class NoSuchFindingException extends DomainException {

	NoSuchFindingException(String message) {
		super("no-such-finding", message);
	}
}
