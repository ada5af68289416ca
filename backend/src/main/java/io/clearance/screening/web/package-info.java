/**
 * The screening REST API: screen a text ({@code POST /api/screenings}) and list the rule packs
 * ({@code GET /api/rule-packs}). Errors are mapped by the application's global problem-details advice.
 */
package io.clearance.screening.web;
