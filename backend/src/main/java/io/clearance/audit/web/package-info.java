/** REST endpoints of the audit trail (administrators only). */
package io.clearance.audit.web;
