package io.clearance.posts;

import io.clearance.screening.Category;
import java.time.Instant;

/** One finding of a stored screening, with when the screening ran: what the dashboard counts per day. */
public record ScreenedFinding(Instant screenedAt, Category category, String pack, String ruleId) {
}
