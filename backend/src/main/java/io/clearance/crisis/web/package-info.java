/** REST endpoints of crisis communications: incidents, crisis templates and corrections after a retrospective review. */
package io.clearance.crisis.web;
