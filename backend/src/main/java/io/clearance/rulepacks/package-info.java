/**
 * Rules administration: running a pack's examples, trying a text, replaying stored revisions against the current
 * packs to see which findings a rule change makes appear or disappear, and reviewers' dismissals of false positives
 * with per-rule dismissal rates. Uses the {@code posts} and {@code screening} APIs; nothing depends on it.
 */
package io.clearance.rulepacks;
