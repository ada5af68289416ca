package io.clearance.crisis.process;

import io.clearance.crisis.process.CrisisFastTrackProcess.Var;
import io.clearance.posts.ApprovalWorkflow;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_HandOverToApproval}: an update the rule packs do not let onto the fast track goes the way of any post:
 * the post approval process starts for it (and screens it again, with whatever packs are active then).
 */
@Component
class HandOverToApprovalDelegate implements JavaDelegate {

	private final ApprovalWorkflow approval;

	HandOverToApprovalDelegate(ApprovalWorkflow approval) {
		this.approval = approval;
	}

	@Override
	public void execute(DelegateExecution execution) {
		approval.start((Long) execution.getVariable(Var.POST_ID), (String) execution.getVariable(Var.AUTHOR));
	}
}
