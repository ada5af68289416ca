package io.clearance.review.process;

import io.clearance.posts.PostService;
import io.clearance.posts.ReviewStage;
import io.clearance.review.process.PostApprovalProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_EscalateComplianceReview}: the compliance review's SLA ran out; recorded on the post. */
@Component
class EscalateComplianceReviewDelegate implements JavaDelegate {

	private final PostService posts;

	EscalateComplianceReviewDelegate(PostService posts) {
		this.posts = posts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		posts.escalated((Long) execution.getVariable(Var.POST_ID), ReviewStage.COMPLIANCE);
	}
}
