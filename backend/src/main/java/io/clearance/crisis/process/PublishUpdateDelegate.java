package io.clearance.crisis.process;

import io.clearance.crisis.process.CrisisFastTrackProcess.Var;
import io.clearance.publishing.PublishingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PublishUpdate} (asynchronous, retried by the job executor): publishes the update on each of its
 * platforms, exactly once per platform however often the job runs. Crisis updates are never held by a freeze.
 */
@Component
class PublishUpdateDelegate implements JavaDelegate {

	private final PublishingService publishing;

	PublishUpdateDelegate(PublishingService publishing) {
		this.publishing = publishing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		publishing.publish((Long) execution.getVariable(Var.POST_ID));
	}
}
