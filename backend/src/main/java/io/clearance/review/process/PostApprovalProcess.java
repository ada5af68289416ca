package io.clearance.review.process;

import io.clearance.process.ProcessContract;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;

/**
 * The contract between Java and {@code processes/post-approval.bpmn}: every id and variable Java relies on.
 * Modelers may change the process freely as long as these stay: {@link #CONTRACT} says what must stay, the modeler
 * refuses a deployment that breaks it, and {@code ProcessContractIT} checks the shipped file against it.
 */
public final class PostApprovalProcess {

	public static final String PROCESS_ID = "PostApprovalProcess";

	public static final String TASK_SCREEN_POST = "Task_ScreenPost";

	public static final String TASK_REVISE = "Task_Revise";

	public static final String SUBPROCESS_REVIEW = "SubProcess_Review";

	public static final String TASK_COMPLIANCE_REVIEW = "Task_ComplianceReview";

	public static final String TASK_LEGAL_SIGN_OFF = "Task_LegalSignOff";

	public static final String TASK_ESCALATE_COMPLIANCE_REVIEW = "Task_EscalateComplianceReview";

	public static final String TASK_ESCALATE_LEGAL_SIGN_OFF = "Task_EscalateLegalSignOff";

	public static final String TASK_APPROVE_POST = "Task_ApprovePost";

	public static final String TIMER_UNTIL_SCHEDULED = "Timer_UntilScheduled";

	/** Whether the post was approved after the time it was scheduled for. */
	public static final String GATEWAY_APPROVED_LATE = "Gateway_ApprovedLate";

	/** The author of a post approved late chooses: publish now, or reschedule (completion sets publishAt). */
	public static final String TASK_CHOOSE_PUBLICATION_TIME = "Task_ChoosePublicationTime";

	public static final String TASK_PUBLISH_POST = "Task_PublishPost";

	/** Publishing freeze: checks whether an open incident holds the publication that came due. */
	public static final String TASK_CHECK_FREEZE = "Task_CheckFreeze";

	/** Publishing freeze: where a held publication waits for the incident to close (or for an edit). */
	public static final String GATEWAY_HELD = "Gateway_Held";

	public static final String EVENT_FREEZE_LIFTED = "Event_FreezeLifted";

	public static final String TASK_RETURN_TO_AUTHOR = "Task_ReturnToAuthor";

	/** Correlated (by business key) to a held post when the incident holding it closes. */
	public static final String MESSAGE_FREEZE_LIFTED = "FreezeLifted";

	public static final String MESSAGE_POST_REVISED = "PostRevised";

	public static final String END_PUBLISHED = "EndEvent_Published";

	public static final String END_REJECTED = "EndEvent_Rejected";

	/** Service tasks and the delegate bean each must call. */
	public static final List<String[]> SERVICE_TASKS = List.of(
			new String[] { TASK_SCREEN_POST, "screenPostDelegate" },
			new String[] { TASK_ESCALATE_COMPLIANCE_REVIEW, "escalateComplianceReviewDelegate" },
			new String[] { TASK_ESCALATE_LEGAL_SIGN_OFF, "escalateLegalSignOffDelegate" },
			new String[] { TASK_APPROVE_POST, "approvePostDelegate" },
			new String[] { TASK_CHECK_FREEZE, "checkFreezeDelegate" },
			new String[] { TASK_RETURN_TO_AUTHOR, "returnToAuthorDelegate" },
			new String[] { TASK_PUBLISH_POST, "publishPostDelegate" });

	/** Review tasks and the completion listener each must have (segregation of duties on every path). */
	public static final String REVIEW_DECISION_GUARD = "reviewDecisionGuard";

	public static final List<String> REVIEW_TASKS = List.of(TASK_COMPLIANCE_REVIEW, TASK_LEGAL_SIGN_OFF);

	/** Process variables. */
	public static final class Var {

		/** The post's id (Long); also the business key, as a string. */
		public static final String POST_ID = "postId";

		/** The author's user id: the assignee of the revision task. */
		public static final String AUTHOR = "author";

		/** The screening route (String: BLOCK, NEEDS_LEGAL, NEEDS_COMPLIANCE, PASS). */
		public static final String ROUTE = "route";

		/** Whether legal sign-off is needed (Boolean). */
		public static final String LEGAL_REQUIRED = "legalRequired";

		/** The last review decision (String: APPROVE, REJECT, REQUEST_CHANGES). */
		public static final String DECISION = "decision";

		/** When to publish (Date): the scheduled time, or the moment of approval. */
		public static final String PUBLISH_AT = "publishAt";

		/** Whether the post was approved after its scheduled time (Boolean): its author chooses what happens. */
		public static final String APPROVED_LATE = "approvedLate";

		/** The id of the incident holding the publication (Long), or null when it may go out. */
		public static final String HELD_BY = "heldBy";

		/** How the incident released a held publication (String: PUBLISH_NOW, BACK_TO_AUTHORS). */
		public static final String RELEASE = "release";

		private Var() {
		}
	}

	/** Everything above that a deployed version must keep. */
	public static final ProcessContract CONTRACT = contract();

	private static ProcessContract contract() {
		ProcessContract contract = ProcessContract.of(PROCESS_ID)
			.minimumHistoryTimeToLive(2555)
			.userTask(TASK_REVISE)
			.element(SUBPROCESS_REVIEW, SubProcess.class)
			.element(TIMER_UNTIL_SCHEDULED, IntermediateCatchEvent.class)
			.element(GATEWAY_HELD, EventBasedGateway.class)
			.element(GATEWAY_APPROVED_LATE, ExclusiveGateway.class)
			.userTask(TASK_CHOOSE_PUBLICATION_TIME)
			.element(EVENT_FREEZE_LIFTED, IntermediateCatchEvent.class)
			.message(EVENT_FREEZE_LIFTED, MESSAGE_FREEZE_LIFTED)
			.element(END_PUBLISHED, EndEvent.class)
			.element(END_REJECTED, EndEvent.class)
			.asyncBefore(TASK_PUBLISH_POST)
			.variables(Var.POST_ID, Var.AUTHOR, Var.ROUTE, Var.LEGAL_REQUIRED, Var.DECISION, Var.PUBLISH_AT,
					Var.APPROVED_LATE, Var.HELD_BY, Var.RELEASE);
		SERVICE_TASKS.forEach(task -> contract.serviceTask(task[0], task[1]));
		REVIEW_TASKS.forEach(task -> contract.completeListener(task, REVIEW_DECISION_GUARD));
		return contract.candidateGroups(TASK_COMPLIANCE_REVIEW, "compliance")
			.candidateGroups(TASK_LEGAL_SIGN_OFF, "legal");
	}

	private PostApprovalProcess() {
	}
}
