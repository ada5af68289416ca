package io.clearance.review.process;

import io.clearance.posts.PostService;
import io.clearance.review.process.PostApprovalProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ReturnToAuthor}: the incident that held the publication closed and sent it back to its author. */
@Component
class ReturnToAuthorDelegate implements JavaDelegate {

	private final PostService posts;

	ReturnToAuthorDelegate(PostService posts) {
		this.posts = posts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		posts.returnToAuthor((Long) execution.getVariable(Var.POST_ID), "held by incident "
				+ execution.getVariable(Var.HELD_BY) + "; back to the author to reschedule");
	}
}
