/**
 * Review: the reviewers' inbox and their decisions. Segregation of duties is checked here and in the Post
 * aggregate; the engine side (tasks, the BPMN process and its delegates) lives in {@code review.process}.
 */
package io.clearance.review;
