package io.clearance.review;

import io.clearance.posts.ReviewStage;
import io.clearance.screening.Category;
import io.clearance.screening.Platform;
import io.clearance.screening.Route;

/**
 * What the inbox narrows the open tasks to, applied in the database before paging. Null (or false) means "any".
 *
 * @param stage the task's review stage
 * @param platform the post is for this platform
 * @param route the post's latest screening of its current revision routed it so
 * @param category that screening found something of this category
 * @param crisisOnly only crisis updates
 * @param claim assigned to the caller, or to nobody
 * @param due overdue (escalated or not), escalated, or due within the hour
 * @param dueDescending latest due first (tasks without a due date stay last)
 */
public record TaskFilter(ReviewStage stage, Platform platform, Route route, Category category, boolean crisisOnly,
		Claim claim, Due due, boolean dueDescending) {

	/** No filter: every open task, earliest due first. */
	public static final TaskFilter NONE = new TaskFilter(null, null, null, null, false, null, null, false);

	/** Whose the task is. */
	public enum Claim {
		MINE, UNCLAIMED
	}

	/** Where the task stands against its SLA ({@link #DUE_SOON}: due within the hour and not yet overdue). */
	public enum Due {
		OVERDUE, ESCALATED, DUE_SOON
	}

	/** Whether a filter needs the post's tables. */
	public boolean onPost() {
		return platform != null || route != null || category != null || crisisOnly;
	}

	public boolean isNone() {
		return equals(NONE);
	}
}
