package io.clearance.screening;

import java.time.Instant;

/** A rules administrator changed a pack through the API: switched it on or off, or uploaded a new version. */
public record RulePackChanged(String packId, Change change, String version, String actor, String detail,
		Instant at) {

	public enum Change {
		ENABLED, DISABLED, UPLOADED, ALLOW_LIST_EDITED
	}
}
