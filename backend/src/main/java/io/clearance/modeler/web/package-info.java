/** REST API of the process modeler ({@code /api/processes}, {@code /api/process-drafts}). */
package io.clearance.modeler.web;
