package io.clearance.review;

import io.clearance.posts.ReviewStage;
import java.time.Instant;
import java.util.List;

/**
 * An open task of the approval process. {@code stage} is null for tasks that are not a review (the author's
 * revision task). {@code escalated}: the task's SLA ran out and the escalation was recorded.
 */
public record ReviewTask(String id, String name, String taskDefinitionKey, long postId, String assignee, Instant due,
		Instant created, List<String> candidateGroups, ReviewStage stage, boolean escalated) {
}
