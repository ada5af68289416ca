package io.clearance.review.process;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Service levels of the review tasks, used from the BPMN as {@code ${reviewSla.complianceDue()}} (due date) and
 * {@code ${reviewSla.complianceTimer()}} (the SLA timer's duration). Configured by {@code clearance.review.*}. Public because
 * the engine's expression language only calls methods of public classes.
 */
@Component("reviewSla")
public class ReviewSla {

	private final ReviewProperties properties;

	private final Clock clock;

	ReviewSla(ReviewProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	public Date complianceDue() {
		return Date.from(clock.instant().plus(properties.complianceSla()));
	}

	public String complianceTimer() {
		return properties.complianceSla().toString();
	}

	public Date legalDue() {
		return Date.from(clock.instant().plus(properties.legalSla()));
	}

	public String legalTimer() {
		return properties.legalSla().toString();
	}

	/**
	 * @param complianceSla how long a compliance review may take before it is escalated
	 * @param legalSla how long a legal sign-off may take before it is escalated
	 */
	@ConfigurationProperties("clearance.review")
	record ReviewProperties(@DefaultValue("PT8H") Duration complianceSla, @DefaultValue("PT24H") Duration legalSla) {
	}
}
