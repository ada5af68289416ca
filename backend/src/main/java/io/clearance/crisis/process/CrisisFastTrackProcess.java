package io.clearance.crisis.process;

import io.clearance.process.ProcessContract;
import io.clearance.review.process.PostApprovalProcess;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;

/**
 * The contract between Java and {@code processes/crisis-fast-track.bpmn}: every id and variable Java relies on.
 * Modelers may change the process freely as long as these stay: {@link #CONTRACT} says what must stay, the modeler
 * refuses a deployment that breaks it, and {@code ProcessContractIT} checks the shipped file against it.
 */
public final class CrisisFastTrackProcess {

	public static final String PROCESS_ID = "CrisisFastTrackProcess";

	public static final String TASK_SCREEN_UPDATE = "Task_ScreenUpdate";

	public static final String GATEWAY_FAST_TRACK = "Gateway_FastTrack";

	/** The author's task after a BLOCK or a request for changes; resubmitting the post completes it. */
	public static final String TASK_REVISE = "Task_Revise";

	public static final String TASK_HAND_OVER_TO_APPROVAL = "Task_HandOverToApproval";

	public static final String END_HANDED_OVER = "EndEvent_HandedOver";

	public static final String SUBPROCESS_FAST_TRACK = "SubProcess_FastTrack";

	/** The one approval: candidate groups crisis-leads and compliance; review stage CRISIS. */
	public static final String TASK_CRISIS_APPROVAL = "Task_CrisisApproval";

	public static final String TIMER_CRISIS_APPROVAL_SLA = "Timer_CrisisApprovalSla";

	public static final String TASK_ESCALATE_CRISIS_APPROVAL = "Task_EscalateCrisisApproval";

	public static final String TASK_APPROVE_UPDATE = "Task_ApproveUpdate";

	public static final String TIMER_UNTIL_SCHEDULED = "Timer_UntilScheduled";

	/** The edit of an update under approval (message {@code PostRevised}, as in the post approval process). */
	public static final String EVENT_UPDATE_REVISED = "Event_UpdateRevised";

	public static final String MESSAGE_POST_REVISED = "PostRevised";

	public static final String TASK_PUBLISH_UPDATE = "Task_PublishUpdate";

	public static final String EVENT_PUBLISHED = "Event_Published";

	/** Compliance's review after publication: review stage RETROSPECTIVE. */
	public static final String TASK_RETROSPECTIVE_REVIEW = "Task_RetrospectiveReview";

	/** After a retrospective finding: candidate group crisis-leads. */
	public static final String TASK_CORRECT_OR_TAKE_DOWN = "Task_CorrectOrTakeDown";

	public static final String END_CLEARED = "EndEvent_Cleared";

	public static final String END_CORRECTED = "EndEvent_Corrected";

	public static final String END_REJECTED = "EndEvent_Rejected";

	/** Service tasks and the delegate bean each must call. */
	public static final List<String[]> SERVICE_TASKS = List.of(
			new String[] { TASK_SCREEN_UPDATE, "screenUpdateDelegate" },
			new String[] { TASK_HAND_OVER_TO_APPROVAL, "handOverToApprovalDelegate" },
			new String[] { TASK_ESCALATE_CRISIS_APPROVAL, "escalateCrisisApprovalDelegate" },
			new String[] { TASK_APPROVE_UPDATE, "approveUpdateDelegate" },
			new String[] { TASK_PUBLISH_UPDATE, "publishUpdateDelegate" });

	/** Review tasks; each must have the review decision guard as its completion listener. */
	public static final List<String> REVIEW_TASKS = List.of(TASK_CRISIS_APPROVAL, TASK_RETROSPECTIVE_REVIEW);

	/** Process variables. */
	public static final class Var {

		/** The post's id (Long); also the business key, as a string. Same name as in the post approval process. */
		public static final String POST_ID = "postId";

		/** The author's user id: the assignee of the revision task. */
		public static final String AUTHOR = "author";

		/** The open incident the update was submitted under (Long). */
		public static final String INCIDENT_ID = "incidentId";

		/** The screening route (String: BLOCK, NEEDS_LEGAL, NEEDS_COMPLIANCE, PASS). */
		public static final String ROUTE = "route";

		/** Whether screening marked the current revision eligible for the fast track (Boolean). */
		public static final String FAST_TRACK_ELIGIBLE = "fastTrackEligible";

		/**
		 * The last review decision (String: APPROVE, REJECT, REQUEST_CHANGES), written when a review task completes;
		 * same name as in the post approval process (the review inbox completes both processes' tasks).
		 */
		public static final String DECISION = "decision";

		/** When to publish (Date): the scheduled time, or the moment of approval. */
		public static final String PUBLISH_AT = "publishAt";

		/** Whether the update is scheduled for later than its approval (Boolean). */
		public static final String PUBLISH_LATER = "publishLater";

		private Var() {
		}
	}

	/** Everything above that a deployed version must keep. */
	public static final ProcessContract CONTRACT = contract();

	private static ProcessContract contract() {
		ProcessContract contract = ProcessContract.of(PROCESS_ID)
			.minimumHistoryTimeToLive(2555)
			.element(GATEWAY_FAST_TRACK, ExclusiveGateway.class)
			.userTask(TASK_REVISE)
			.element(END_HANDED_OVER, EndEvent.class)
			.element(SUBPROCESS_FAST_TRACK, SubProcess.class)
			.candidateGroups(TASK_CRISIS_APPROVAL, "crisis-leads", "compliance")
			.boundaryOn(TIMER_CRISIS_APPROVAL_SLA, TASK_CRISIS_APPROVAL, false)
			.element(TIMER_UNTIL_SCHEDULED, IntermediateCatchEvent.class)
			.boundaryOn(EVENT_UPDATE_REVISED, SUBPROCESS_FAST_TRACK, true)
			.message(EVENT_UPDATE_REVISED, MESSAGE_POST_REVISED)
			.element(EVENT_PUBLISHED, IntermediateThrowEvent.class)
			.userTask(TASK_RETROSPECTIVE_REVIEW)
			.userTask(TASK_CORRECT_OR_TAKE_DOWN)
			.element(END_CLEARED, EndEvent.class)
			.element(END_CORRECTED, EndEvent.class)
			.element(END_REJECTED, EndEvent.class)
			.asyncBefore(TASK_PUBLISH_UPDATE)
			.variables(Var.POST_ID, Var.AUTHOR, Var.INCIDENT_ID, Var.ROUTE, Var.FAST_TRACK_ELIGIBLE, Var.DECISION,
					Var.PUBLISH_AT, Var.PUBLISH_LATER);
		SERVICE_TASKS.forEach(task -> contract.serviceTask(task[0], task[1]));
		REVIEW_TASKS.forEach(task -> contract.completeListener(task, PostApprovalProcess.REVIEW_DECISION_GUARD));
		return contract;
	}

	private CrisisFastTrackProcess() {
	}
}
