package io.clearance.crisis.process;

import io.clearance.crisis.process.CrisisFastTrackProcess.Var;
import io.clearance.posts.PostService;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApproveUpdate}: the crisis approval is given; the aggregate checks it suffices (an eligible revision)
 * and the update becomes approved, or scheduled when its author set a later time.
 */
@Component
class ApproveUpdateDelegate implements JavaDelegate {

	private final PostService posts;

	private final Clock clock;

	ApproveUpdateDelegate(PostService posts, Clock clock) {
		this.posts = posts;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Instant publishAt = posts.approve((Long) execution.getVariable(Var.POST_ID));
		execution.setVariable(Var.PUBLISH_AT, Date.from(publishAt));
		execution.setVariable(Var.PUBLISH_LATER, publishAt.isAfter(clock.instant()));
	}
}
