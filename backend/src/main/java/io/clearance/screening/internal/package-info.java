/**
 * The screening engine: Java recognisers turn a post into facts ({@link io.clearance.screening.internal.Span} and
 * its subclasses, {@link io.clearance.screening.internal.Post}), each rule pack's DRL turns facts into findings
 * through the {@link io.clearance.screening.internal.Outcome} global, and the
 * {@link io.clearance.screening.internal.RulePackRegistry} keeps an immutable snapshot of the packs that passed
 * their examples, reloading changed pack folders while the server runs. The only package that may use Drools
 * ({@code org.kie}, {@code org.drools}); the fact classes are public because DRL reads them, everything else is
 * package-private. How to write a pack: {@code rules/README.md}.
 */
package io.clearance.screening.internal;
