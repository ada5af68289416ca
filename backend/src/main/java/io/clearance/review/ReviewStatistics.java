package io.clearance.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Read-only figures about the review processes for the dashboard; implemented on the engine's history. */
public interface ReviewStatistics {

	/** Open tasks of the approval and crisis processes per task definition key. */
	Map<String, Long> openTasksPerDefinition();

	/** How long each task completed since {@code since} was open, per task definition key, in milliseconds. */
	Map<String, List<Long>> completedDurations(Instant since);

	/** When an SLA escalation was recorded since {@code since}, per review stage. */
	Map<String, List<Instant>> escalations(Instant since);
}
