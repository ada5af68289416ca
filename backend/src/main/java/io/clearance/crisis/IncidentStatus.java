package io.clearance.crisis;

/** Whether an incident is under way. */
public enum IncidentStatus {
	OPEN, CLOSED
}
