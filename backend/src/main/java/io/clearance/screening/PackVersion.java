package io.clearance.screening;

/** The id and version of a rule pack that took part in a screening. */
public record PackVersion(String id, String version) {
}
