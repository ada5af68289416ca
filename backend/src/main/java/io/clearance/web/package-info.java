/** Cross-cutting web concerns: problem details for every error, and serving the single-page app. */
package io.clearance.web;
