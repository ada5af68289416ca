package io.clearance.review.process;

import io.clearance.crisis.HeldPosts;
import io.clearance.crisis.HeldPostsRelease;
import io.clearance.review.process.PostApprovalProcess.Var;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** {@link HeldPosts} on {@code post-approval.bpmn}: the held process instance gets the {@code FreezeLifted} message. */
@Component
class CamundaHeldPosts implements HeldPosts {

	private final RuntimeService runtimeService;

	CamundaHeldPosts(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	@Override
	public boolean release(long postId, HeldPostsRelease release) {
		return !runtimeService.createMessageCorrelation(PostApprovalProcess.MESSAGE_FREEZE_LIFTED)
			.processInstanceBusinessKey(String.valueOf(postId))
			.setVariable(Var.RELEASE, release.name())
			.correlateAllWithResult()
			.isEmpty();
	}
}
