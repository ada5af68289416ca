/** REST endpoint of the dashboard. */
package io.clearance.dashboard.web;
