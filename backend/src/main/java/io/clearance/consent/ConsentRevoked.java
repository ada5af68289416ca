package io.clearance.consent;

/** A consent was revoked: every post that uses it must be pulled. */
public record ConsentRevoked(long consentId, String by, String reason) {
}
