package io.clearance.crisis;

/** How serious an incident is, as the crisis lead declares it. */
public enum IncidentSeverity {
	MINOR, MAJOR, CRITICAL
}
