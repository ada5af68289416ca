package io.clearance.screening.internal;

/** A pack version that may not screen, with the reason a rules administrator reads. */
final class PackRefusedException extends Exception {

	PackRefusedException(String reason) {
		super(reason, null, false, false);
	}
}
