package io.clearance.review.process;

import io.clearance.crisis.PublishingFreeze;
import io.clearance.review.process.PostApprovalProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CheckFreeze}: the publication came due; an open incident in its scope holds it. */
@Component
class CheckFreezeDelegate implements JavaDelegate {

	private final PublishingFreeze freeze;

	CheckFreezeDelegate(PublishingFreeze freeze) {
		this.freeze = freeze;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long postId = (Long) execution.getVariable(Var.POST_ID);
		execution.setVariable(Var.HELD_BY, freeze.holdIfFrozen(postId).orElse(null));
	}
}
