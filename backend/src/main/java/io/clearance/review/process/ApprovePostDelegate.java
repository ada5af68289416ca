package io.clearance.review.process;

import io.clearance.posts.PostService;
import io.clearance.review.process.PostApprovalProcess.Var;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ApprovePost}: the reviews are done; the post becomes approved or scheduled. */
@Component
class ApprovePostDelegate implements JavaDelegate {

	private final PostService posts;

	ApprovePostDelegate(PostService posts) {
		this.posts = posts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long postId = (Long) execution.getVariable(Var.POST_ID);
		PostService.Approval approval = posts.approveForPublication(postId);
		execution.setVariable(Var.PUBLISH_AT, Date.from(approval.publishAt()));
		execution.setVariable(Var.APPROVED_LATE, approval.late());
	}
}
