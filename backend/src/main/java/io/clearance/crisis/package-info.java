/**
 * Crisis communications: incidents a crisis lead declares and closes, the publishing freeze that holds scheduled
 * posts while an incident is open, pre-approved crisis templates, and the fast track that gets crisis updates out
 * with one approval (its engine side is in {@code crisis.process}).
 */
package io.clearance.crisis;
