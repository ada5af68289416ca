package io.clearance.crisis.process;

import io.clearance.crisis.process.CrisisFastTrackProcess.Var;
import io.clearance.posts.PostService;
import io.clearance.screening.ScreeningResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ScreenUpdate}: screens the update's current revision like any post's (the privacy rules never relax)
 * and writes the route and whether the rule packs allow the fast track.
 */
@Component
class ScreenUpdateDelegate implements JavaDelegate {

	private final PostService posts;

	ScreenUpdateDelegate(PostService posts) {
		this.posts = posts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ScreeningResult result = posts.screen((Long) execution.getVariable(Var.POST_ID));
		execution.setVariable(Var.ROUTE, result.route().name());
		execution.setVariable(Var.FAST_TRACK_ELIGIBLE, result.fastTrackEligible());
	}
}
