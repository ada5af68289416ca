package io.clearance.screening;

/** How serious a finding is. {@code BLOCKER} findings make the route {@link Route#BLOCK}. */
public enum Severity {
	INFO, WARNING, HIGH, BLOCKER
}
