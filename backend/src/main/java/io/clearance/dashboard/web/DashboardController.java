package io.clearance.dashboard.web;

import io.clearance.dashboard.Dashboard;
import io.clearance.dashboard.DashboardService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's figures for reviewers and administrators. */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

	private final DashboardService dashboard;

	DashboardController(DashboardService dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping
	Dashboard get(@RequestParam(defaultValue = "30") int days) {
		return dashboard.dashboard(days);
	}
}
