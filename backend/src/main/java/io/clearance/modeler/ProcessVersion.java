package io.clearance.modeler;

import java.time.Instant;

/** One deployed version of a process, as the engine knows it, with its live counts. */
public record ProcessVersion(String definitionId, String key, String name, int version, String deploymentId,
		Instant deployedAt, Source source, long runningInstances, long openIncidents) {

	/** Where a version came from: the {@code processes/} folder at start-up, or the modeler. */
	public enum Source {
		FILE, MODELER
	}
}
