package io.clearance.review.process;

import io.clearance.publishing.PublishingService;
import io.clearance.review.process.PostApprovalProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PublishPost} (asynchronous, retried by the job executor): publishes the post on each of its
 * platforms. A retry does not publish again where an earlier attempt already succeeded.
 */
@Component
class PublishPostDelegate implements JavaDelegate {

	private final PublishingService publishing;

	PublishPostDelegate(PublishingService publishing) {
		this.publishing = publishing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		publishing.publish((Long) execution.getVariable(Var.POST_ID));
	}
}
