/** REST endpoints of crisis communications: incidents, templates, corrections after a retrospective review. */
package io.clearance.crisis.web;
