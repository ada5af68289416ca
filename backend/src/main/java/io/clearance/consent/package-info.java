/**
 * Patient consent registry: HIPAA marketing authorisations and GDPR explicit consents that posts reference.
 * Screening asks it whether a post's consents cover its use and channels; revoking one pulls the posts that use it.
 */
package io.clearance.consent;
