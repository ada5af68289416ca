package io.clearance.modeler;

/** Live counts of one activity of a process version: instances waiting there, open incidents there. */
public record ActivityCount(String activityId, long instances, long incidents) {
}
