/**
 * The rules administration REST API: {@code POST /api/rule-packs/{id}/examples/run}, {@code POST
 * /api/rule-packs/try}, {@code POST /api/rule-packs/replay}, {@code POST /api/posts/{id}/dismissals} and
 * {@code GET /api/rule-packs/dismissal-rates}. Who may call what is in the security configuration.
 */
package io.clearance.rulepacks.web;
