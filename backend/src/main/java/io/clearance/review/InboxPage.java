package io.clearance.review;

import java.util.List;

/** One page of a reviewer's open tasks and how many open tasks they have in all. */
public record InboxPage(List<ReviewTask> tasks, long total) {
}
