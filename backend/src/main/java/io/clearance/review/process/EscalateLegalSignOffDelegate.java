package io.clearance.review.process;

import io.clearance.posts.PostService;
import io.clearance.posts.ReviewStage;
import io.clearance.review.process.PostApprovalProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_EscalateLegalSignOff}: the legal sign-off's SLA ran out; recorded on the post. */
@Component
class EscalateLegalSignOffDelegate implements JavaDelegate {

	private final PostService posts;

	EscalateLegalSignOffDelegate(PostService posts) {
		this.posts = posts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		posts.escalated((Long) execution.getVariable(Var.POST_ID), ReviewStage.LEGAL);
	}
}
