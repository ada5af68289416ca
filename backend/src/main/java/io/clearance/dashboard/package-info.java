/**
 * Dashboard: read-only figures for reviewers and administrators (queues, time in each stage, SLA breaches,
 * findings over time, dismissals). It reads other modules through their APIs and changes nothing.
 */
package io.clearance.dashboard;
