package io.clearance.crisis.process;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Service levels of the crisis fast track, used from the BPMN as {@code ${crisisSla.approvalDue()}} and
 * {@code ${crisisSla.approvalTimer()}}. Configured by {@code clearance.crisis.*}. Public because the engine's
 * expression language only calls methods of public classes.
 */
@Component("crisisSla")
public class CrisisSla {

	private final CrisisProperties properties;

	private final Clock clock;

	CrisisSla(CrisisProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	public Date approvalDue() {
		return Date.from(clock.instant().plus(properties.approvalSla()));
	}

	public String approvalTimer() {
		return properties.approvalSla().toString();
	}

	public Date retrospectiveDue() {
		return Date.from(clock.instant().plus(properties.retrospectiveSla()));
	}

	public Date correctionDue() {
		return Date.from(clock.instant().plus(properties.correctionSla()));
	}

	/** The group an overdue crisis approval is offered to as well. */
	public String backupGroup() {
		return properties.backupGroup();
	}

	/**
	 * @param approvalSla how long the one approval of a fast-tracked update may take before it is escalated
	 * @param backupGroup the group an overdue approval is offered to as well (it keeps its first candidates)
	 * @param retrospectiveSla when compliance's review of a published fast-tracked update is due
	 * @param correctionSla when the correction or takedown after a retrospective finding is due
	 */
	@ConfigurationProperties("clearance.crisis")
	record CrisisProperties(@DefaultValue("PT15M") Duration approvalSla, @DefaultValue("admins") String backupGroup,
			@DefaultValue("PT24H") Duration retrospectiveSla, @DefaultValue("PT1H") Duration correctionSla) {
	}
}
