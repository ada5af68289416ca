/** REST endpoints of the consent registry. */
package io.clearance.consent.web;
