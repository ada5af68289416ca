/**
 * Screening: a post's text in, findings and a route out. The API other modules use is the public
 * types of this package; Drools and the rule-pack registry live in {@code screening.internal}.
 */
package io.clearance.screening;
