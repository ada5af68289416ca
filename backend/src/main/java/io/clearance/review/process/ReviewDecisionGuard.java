package io.clearance.review.process;

import io.clearance.posts.Decision;
import io.clearance.posts.PostService;
import io.clearance.posts.ReviewDecision;
import io.clearance.review.process.PostApprovalProcess.Var;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of the review tasks: a review task completes only with a decision recorded on the post
 * through Clearance, where segregation of duties is checked, and the process variable must match it. This closes
 * the side doors (Tasklist, {@code /engine-rest}) through which a task could otherwise be completed unchecked.
 */
@Component("reviewDecisionGuard")
class ReviewDecisionGuard implements TaskListener {

	private final PostService posts;

	ReviewDecisionGuard(PostService posts) {
		this.posts = posts;
	}

	@Override
	public void notify(DelegateTask task) {
		long postId = (Long) task.getVariable(Var.POST_ID);
		ReviewDecision decision = posts.get(postId).decisionFor(task.getId()).orElseThrow(
				() -> new AuthorizationException("Review task " + task.getId()
						+ " can only be completed with a decision through Clearance (POST /api/tasks/{id}/decision)."));
		Object variable = task.getVariable(Var.DECISION);
		if (!decision.decision().name().equals(variable)) {
			throw new AuthorizationException("Task " + task.getId() + " was decided "
					+ decision.decision() + " but completed with " + variable + ".");
		}
		if (decision.decision() == Decision.APPROVE && !decision.reviewer().equals(task.getAssignee())) {
			throw new AuthorizationException(
					"Task " + task.getId() + " must be completed by the reviewer who decided it.");
		}
	}
}
