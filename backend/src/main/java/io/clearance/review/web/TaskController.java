package io.clearance.review.web;

import io.clearance.posts.Decision;
import io.clearance.review.ReviewService;
import io.clearance.review.ReviewTask;
import io.clearance.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The task inbox: open tasks the caller may work, claiming and deciding them. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

	private final ReviewService review;

	TaskController(ReviewService review) {
		this.review = review;
	}

	@GetMapping
	List<TaskView> inbox(Caller caller) {
		return review.inbox(caller).stream().map(TaskView::of).toList();
	}

	@GetMapping("/{id}")
	TaskView task(@PathVariable String id, Caller caller) {
		return TaskView.of(review.task(id, caller));
	}

	@PostMapping("/{id}/claim")
	TaskView claim(@PathVariable String id, Caller caller) {
		return TaskView.of(review.claim(id, caller));
	}

	@PostMapping("/{id}/unclaim")
	TaskView unclaim(@PathVariable String id, Caller caller) {
		return TaskView.of(review.unclaim(id, caller));
	}

	@PostMapping("/{id}/decision")
	ResponseEntity<Void> decide(@PathVariable String id, @Valid @RequestBody DecisionRequest request, Caller caller) {
		review.decide(id, caller, request.decision(), request.comment(), Boolean.TRUE.equals(request.escalateToLegal()));
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param escalateToLegal on a compliance approval: the post also needs legal sign-off
	 */
	record DecisionRequest(@NotNull Decision decision, @Size(max = 4000) String comment, Boolean escalateToLegal) {
	}

	record TaskView(String id, String name, String taskDefinitionKey, long postId, String assignee, Instant due,
			Instant created, List<String> candidateGroups, String stage) {

		static TaskView of(ReviewTask t) {
			return new TaskView(t.id(), t.name(), t.taskDefinitionKey(), t.postId(), t.assignee(), t.due(),
					t.created(), t.candidateGroups(), t.stage() == null ? null : t.stage().name());
		}
	}
}
