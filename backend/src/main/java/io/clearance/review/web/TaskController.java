package io.clearance.review.web;

import io.clearance.posts.Decision;
import io.clearance.posts.PostStatus;
import io.clearance.posts.PostSummary;
import io.clearance.posts.ReviewStage;
import io.clearance.posts.SuggestedEdit;
import io.clearance.review.InboxPage;
import io.clearance.review.ReviewService;
import io.clearance.review.ReviewTask;
import io.clearance.review.TaskFilter;
import io.clearance.screening.Category;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.screening.Route;
import io.clearance.security.Caller;
import io.clearance.shared.BadRequestException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The task inbox: open tasks the caller may work, claiming and deciding them. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

	private final ReviewService review;

	TaskController(ReviewService review) {
		this.review = review;
	}

	/** How many tasks a page has when the caller does not say. */
	static final int DEFAULT_PAGE = 200;

	/**
	 * One page of the caller's open tasks that pass the filters, earliest due first ({@code sort=due-desc}: latest
	 * first; {@code limit} default 200, at most 1000; {@code offset} default 0); {@code X-Total-Count} says how many
	 * tasks pass the filters in all. Filters: {@code stage}, {@code platform}, {@code route}, {@code category} (their
	 * enum names), {@code crisis=true}, {@code claim=mine|unclaimed}, {@code due=overdue|escalated|due-soon}; an
	 * unknown value is a 400.
	 */
	@GetMapping
	ResponseEntity<List<TaskView>> inbox(Caller caller, @RequestParam(defaultValue = "0") int offset,
			@RequestParam(defaultValue = "" + DEFAULT_PAGE) int limit, @RequestParam(required = false) ReviewStage stage,
			@RequestParam(required = false) Platform platform, @RequestParam(required = false) Route route,
			@RequestParam(required = false) Category category, @RequestParam(required = false) Boolean crisis,
			@RequestParam(required = false) String claim, @RequestParam(required = false) String due,
			@RequestParam(required = false) String sort) {
		TaskFilter filter = new TaskFilter(stage, platform, route, category, Boolean.TRUE.equals(crisis),
				oneOf("claim", claim, Map.of("mine", TaskFilter.Claim.MINE, "unclaimed", TaskFilter.Claim.UNCLAIMED)),
				oneOf("due", due, Map.of("overdue", TaskFilter.Due.OVERDUE, "escalated", TaskFilter.Due.ESCALATED,
						"due-soon", TaskFilter.Due.DUE_SOON)),
				oneOf("sort", sort, Map.of("due-asc", false, "due-desc", true)) == Boolean.TRUE);
		InboxPage page = review.inbox(caller, filter, offset, limit);
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, Long.toString(page.total()))
			.body(views(page.tasks()));
	}

	/** The value a parameter names, null when it is absent or empty; any other value is a 400. */
	private static <T> T oneOf(String parameter, String value, Map<String, T> values) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		T found = values.get(value);
		if (found == null) {
			throw new BadRequestException("invalid-filter", "'" + value + "' is not a valid value for " + parameter
					+ " (one of " + String.join(", ", new TreeSet<>(values.keySet())) + ").");
		}
		return found;
	}

	static final String TOTAL_COUNT = "X-Total-Count";

	@GetMapping("/{id}")
	TaskView task(@PathVariable String id, Caller caller) {
		return view(review.task(id, caller));
	}

	@PostMapping("/{id}/claim")
	TaskView claim(@PathVariable String id, Caller caller) {
		return view(review.claim(id, caller));
	}

	@PostMapping("/{id}/unclaim")
	TaskView unclaim(@PathVariable String id, Caller caller) {
		return view(review.unclaim(id, caller));
	}

	private TaskView view(ReviewTask task) {
		return views(List.of(task)).get(0);
	}

	/** The tasks with their posts' summaries, fetched for all of them at once. */
	private List<TaskView> views(List<ReviewTask> tasks) {
		Map<Long, PostSummary> summaries = review.postSummaries(tasks);
		return tasks.stream().map(t -> TaskView.of(t, summaries.get(t.postId()))).toList();
	}

	@PostMapping("/{id}/decision")
	ResponseEntity<Void> decide(@PathVariable String id, @Valid @RequestBody DecisionRequest request, Caller caller) {
		List<SuggestedEdit> edits = request.suggestedEdits() == null ? List.of()
				: request.suggestedEdits().stream().map(SuggestedEditRequest::toEdit).toList();
		review.decide(id, caller, request.decision(), request.comment(), Boolean.TRUE.equals(request.escalateToLegal()),
				edits);
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param escalateToLegal on a compliance approval: the post also needs legal sign-off
	 * @param suggestedEdits on a request for changes: replacements of spans of the decided revision's text
	 */
	record DecisionRequest(@NotNull Decision decision, @Size(max = 4000) String comment, Boolean escalateToLegal,
			List<@NotNull @Valid SuggestedEditRequest> suggestedEdits) {
	}

	/** Offsets count UTF-16 code units of the revision's text, end exclusive; the post checks them. */
	record SuggestedEditRequest(@NotNull Integer start, @NotNull Integer end, @NotNull String replacement, String note) {

		SuggestedEdit toEdit() {
			return new SuggestedEdit(start, end, replacement, note);
		}
	}

	/**
	 * @param escalated the task's SLA ran out and was escalated
	 * @param post what the inbox shows and filters by; null only if the post is gone
	 */
	record TaskView(String id, String name, String taskDefinitionKey, long postId, String assignee, Instant due,
			Instant created, List<String> candidateGroups, String stage, boolean escalated, PostSummaryView post) {

		static TaskView of(ReviewTask t, PostSummary summary) {
			return new TaskView(t.id(), t.name(), t.taskDefinitionKey(), t.postId(), t.assignee(), t.due(),
					t.created(), t.candidateGroups(), t.stage() == null ? null : t.stage().name(), t.escalated(),
					summary == null ? null : PostSummaryView.of(summary));
		}
	}

	/** {@code route} is null while the post has not been screened. */
	record PostSummaryView(String excerpt, List<Platform> platforms, Route route, List<Category> categories,
			boolean crisis, PostKind kind, PostStatus status) {

		static PostSummaryView of(PostSummary s) {
			return new PostSummaryView(s.excerpt(), s.platforms(), s.route(), s.categories(), s.crisis(), s.kind(),
					s.status());
		}
	}
}
