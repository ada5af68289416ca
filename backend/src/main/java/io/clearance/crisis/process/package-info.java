/**
 * The engine side of the crisis fast track: {@code crisis-fast-track.bpmn}'s ids and variables
 * ({@link CrisisFastTrackProcess}), one delegate per service task, its service levels, and the adapters that start
 * and steer the process for the posts and crisis modules.
 */
package io.clearance.crisis.process;
