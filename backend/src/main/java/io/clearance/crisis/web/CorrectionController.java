package io.clearance.crisis.web;

import io.clearance.crisis.Corrections;
import io.clearance.posts.Correction;
import io.clearance.security.Caller;
import io.clearance.security.Groups;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** After a retrospective finding: a crisis lead records the correction or takedown of a fast-tracked update. */
@RestController
@RequestMapping("/api/crisis/corrections")
class CorrectionController {

	private final Corrections corrections;

	private final Requests requests;

	CorrectionController(Corrections corrections, Requests requests) {
		this.corrections = corrections;
		this.requests = requests;
	}

	/**
	 * Records the correction or takedown and completes the {@code Task_CorrectOrTakeDown} task (offered to the crisis
	 * leads; administrators may complete any task).
	 */
	@PostMapping("/{taskId}")
	UpdateView correct(@PathVariable String taskId, @RequestBody CorrectionRequest body, Caller caller) {
		Requests.requireGroup(caller, "not-a-candidate", "Corrections are recorded by crisis leads.",
				Groups.CRISIS_LEADS, Groups.ADMINS);
		CorrectionRequest request = requests.valid(body);
		return UpdateView.of(corrections.record(taskId, caller, request.action(), request.comment()));
	}

	/** @param comment what was corrected, or where and when the update was taken down */
	record CorrectionRequest(@NotNull Correction action, @Size(max = 4000) String comment) {
	}
}
