package io.clearance.review.process;

import io.clearance.posts.PostService;
import io.clearance.review.process.PostApprovalProcess.Var;
import io.clearance.screening.ScreeningResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ScreenPost}: screens the post's current revision and writes the route. */
@Component
class ScreenPostDelegate implements JavaDelegate {

	private final PostService posts;

	ScreenPostDelegate(PostService posts) {
		this.posts = posts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long postId = (Long) execution.getVariable(Var.POST_ID);
		ScreeningResult result = posts.screen(postId);
		execution.setVariable(Var.ROUTE, result.route().name());
		execution.setVariable(Var.LEGAL_REQUIRED, posts.get(postId).legalRequired());
	}
}
