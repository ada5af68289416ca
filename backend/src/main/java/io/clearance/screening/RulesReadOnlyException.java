package io.clearance.screening;

import io.clearance.shared.ConflictException;

/** The packs come from the copies inside the jar or a folder this server may not write: they cannot change (409). */
public class RulesReadOnlyException extends ConflictException {

	public RulesReadOnlyException(String message) {
		super("rules-read-only", message);
	}
}
