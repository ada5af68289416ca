package io.clearance.crisis.process;

import static io.clearance.crisis.CrisisFixtures.ADMIN;
import static io.clearance.crisis.CrisisFixtures.COMPLIANCE;
import static io.clearance.crisis.CrisisFixtures.CRIS;
import static io.clearance.crisis.CrisisFixtures.MORGAN;
import static io.clearance.crisis.CrisisFixtures.aDiversionUpdate;
import static io.clearance.crisis.CrisisFixtures.aDiversionUpdateScheduledAt;
import static io.clearance.crisis.CrisisFixtures.aSponsoredUpdate;
import static io.clearance.crisis.CrisisFixtures.anUpdateNamingAnInjuredPatient;
import static io.clearance.crisis.CrisisFixtures.withText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.clearance.audit.AuditEntry;
import io.clearance.audit.AuditTrail;
import io.clearance.crisis.Corrections;
import io.clearance.crisis.CrisisTestRules;
import io.clearance.crisis.IncidentService;
import io.clearance.crisis.IncidentSeverity;
import io.clearance.crisis.IncidentStatus;
import io.clearance.posts.Correction;
import io.clearance.posts.Decision;
import io.clearance.posts.Post;
import io.clearance.posts.PostService;
import io.clearance.posts.PostService.Draft;
import io.clearance.posts.PostStatus;
import io.clearance.posts.ReviewStage;
import io.clearance.publishing.PublicationStatus;
import io.clearance.publishing.PublishingService;
import io.clearance.review.ReviewService;
import io.clearance.review.ReviewTask;
import io.clearance.review.process.PostApprovalProcess;
import io.clearance.review.process.ProcessTestSupport;
import io.clearance.security.Caller;
import io.clearance.security.Groups;
import io.clearance.shared.ConflictException;
import io.clearance.shared.ForbiddenException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every path of {@code crisis-fast-track.bpmn}, wait state by wait state, on the real engine, the real privacy packs
 * and the test stand-in for the crisis pack ({@link CrisisTestRules}). The job executor is off: the test runs each
 * job itself.
 */
@SpringBootTest(properties = { "camunda.bpm.job-execution.enabled=false", CrisisTestRules.PROPERTY,
		CrisisTestRules.ENGINE })
@ActiveProfiles("test")
class CrisisFastTrackProcessIT extends ProcessTestSupport {

	static {
		CrisisTestRules.install();
	}

	@Autowired
	ProcessEngine engine;

	@Autowired
	IncidentService incidents;

	@Autowired
	Corrections corrections;

	@Autowired
	PublishingService publishing;

	@Autowired
	AuditTrail audit;

	@Autowired
	HistoryService historyService;

	long incidentId;

	@BeforeEach
	void declareAnIncident() {
		BpmnAwareTests.init(engine);
		incidentId = incidents.declare("ED on diversion", IncidentSeverity.MAJOR, true, List.of(), CRIS.username())
			.id();
	}

	@AfterEach
	void closeIncidentsAndResetTheClock() {
		ClockUtil.reset();
		incidents.list(IncidentStatus.OPEN).forEach(i -> incidents.close(i.id(), CRIS.username(), null));
	}

	@Test
	void anEligibleUpdateIsPublishedAfterOneApprovalWithoutLegal() {
		long postId = submit(aDiversionUpdate());
		ProcessInstance instance = crisisInstance(postId);
		assertThat(instance).hasPassed(CrisisFastTrackProcess.TASK_SCREEN_UPDATE)
			.isWaitingAt(CrisisFastTrackProcess.TASK_CRISIS_APPROVAL)
			.task()
			.hasCandidateGroup(Groups.CRISIS_LEADS)
			.hasCandidateGroup(Groups.COMPLIANCE);
		assertThat(runtimeService.getVariable(instance.getId(), CrisisFastTrackProcess.Var.INCIDENT_ID))
			.isEqualTo(incidentId);
		Task approval = task(postId, CrisisFastTrackProcess.TASK_CRISIS_APPROVAL);
		assertThat(approval.getDueDate().toInstant()).isCloseTo(Instant.now().plus(Duration.ofMinutes(15)),
				within(Duration.ofMinutes(1)));
		assertThat(review.inbox(MORGAN)).anySatisfy(t -> {
			assertThat(t.postId()).isEqualTo(postId);
			assertThat(t.stage()).isEqualTo(ReviewStage.CRISIS);
		});

		decide(postId, CrisisFastTrackProcess.TASK_CRISIS_APPROVAL, MORGAN, Decision.APPROVE, null);
		assertThat(status(postId)).isEqualTo(PostStatus.APPROVED);
		assertThat(instance).hasPassed(CrisisFastTrackProcess.TASK_APPROVE_UPDATE)
			.hasNotPassed(CrisisFastTrackProcess.TIMER_UNTIL_SCHEDULED)
			.isWaitingAt(CrisisFastTrackProcess.TASK_PUBLISH_UPDATE);
		executeJob(instance);

		assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);
		assertThat(publishing.publicationsOf(postId)).hasSize(2)
			.allSatisfy(p -> assertThat(p.status()).isEqualTo(PublicationStatus.PUBLISHED));
		assertThat(instance).hasPassed(CrisisFastTrackProcess.EVENT_PUBLISHED)
			.isWaitingAt(CrisisFastTrackProcess.TASK_RETROSPECTIVE_REVIEW)
			.task()
			.hasCandidateGroup(Groups.COMPLIANCE);
		assertThat(task(postId, CrisisFastTrackProcess.TASK_RETROSPECTIVE_REVIEW).getDueDate().toInstant())
			.isCloseTo(Instant.now().plus(Duration.ofHours(24)), within(Duration.ofMinutes(1)));
		assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(String.valueOf(postId))
			.taskDefinitionKey(PostApprovalProcess.TASK_LEGAL_SIGN_OFF).count()).as("no legal task").isZero();
		assertThat(approvalInstances(postId)).as("never on the normal path").isZero();
		assertThat(posts.get(postId).decisions()).singleElement()
			.satisfies(d -> assertThat(d.stage()).isEqualTo(ReviewStage.CRISIS));

		decide(postId, CrisisFastTrackProcess.TASK_RETROSPECTIVE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		assertThat(instance).isEnded().hasPassed(CrisisFastTrackProcess.END_CLEARED);
		assertThat(audit.historyOf(postId)).extracting(AuditEntry::type)
			.containsSubsequence("CREATED", "SUBMITTED", "SCREENED", "DECIDED", "APPROVED", "PUBLISHED", "DECIDED");
		assertThat(audit.firstBrokenEntry()).isEmpty();
	}

	@Test
	void anUpdateNamingAnInjuredPatientIsBlockedAndGoesBackToItsAuthor() {
		long postId = submit(anUpdateNamingAnInjuredPatient());
		ProcessInstance instance = crisisInstance(postId);
		assertThat(instance).isWaitingAt(CrisisFastTrackProcess.TASK_REVISE).task().isAssignedTo(CRIS.username());
		assertThat(status(postId)).isEqualTo(PostStatus.CHANGES_REQUESTED);
		var screening = posts.get(postId).latestScreening().orElseThrow().result();
		assertThat(screening.route().name()).isEqualTo("BLOCK");
		assertThat(screening.fastTrackEligible()).isFalse();
		assertThat(screening.findings()).extracting(f -> f.category().name()).contains("PHI");
		assertThat(review.inbox(MORGAN)).noneMatch(t -> t.postId() == postId);

		Post post = posts.get(postId);
		posts.revise(postId, post.version(), CRIS.username(), withText(aDiversionUpdate(),
				"Update on the fire in the east wing: one patient was injured and is being treated. All other patients "
						+ "are safe."));
		posts.submit(postId, CRIS.username());
		assertThat(instance).isWaitingAt(CrisisFastTrackProcess.TASK_CRISIS_APPROVAL);
		assertThat(posts.get(postId).isFastTrackEligible()).isTrue();
	}

	@Test
	void anUpdateTheFastTrackRefusesGoesTheNormalWay() {
		long postId = submit(aSponsoredUpdate());
		ProcessInstance crisis = crisisInstance(postId);
		assertThat(crisis).isEnded().hasPassed(CrisisFastTrackProcess.TASK_HAND_OVER_TO_APPROVAL,
				CrisisFastTrackProcess.END_HANDED_OVER);
		ProcessInstance approval = approvalInstance(postId);
		assertThat(approval).isWaitingAt(PostApprovalProcess.TASK_COMPLIANCE_REVIEW);
		assertThat(status(postId)).isEqualTo(PostStatus.IN_REVIEW);
		assertThat(review.inbox(MORGAN)).noneMatch(t -> t.postId() == postId);

		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		// undisclosed sponsorship is an endorsement finding: the endorsements pack sends it to legal
		assertThat(approval).isWaitingAt(PostApprovalProcess.TASK_LEGAL_SIGN_OFF);
		decide(postId, PostApprovalProcess.TASK_LEGAL_SIGN_OFF, new Caller("legal", java.util.Set.of(Groups.LEGAL)),
				Decision.APPROVE, null);
		assertThat(approval).isWaitingAt(PostApprovalProcess.TIMER_UNTIL_SCHEDULED);
		executeJob(approval);
		assertThat(approval).as("a crisis update is never held").isWaitingAt(PostApprovalProcess.TASK_PUBLISH_POST);
		executeJob(approval);
		assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);
	}

	@Test
	void withoutAnOpenIncidentACrisisUpdateGoesTheNormalWay() {
		incidents.close(incidentId, CRIS.username(), null);
		long postId = submit(aDiversionUpdate());
		assertThat(crisisInstances(postId)).isZero();
		assertThat(approvalInstance(postId)).isWaitingAt(PostApprovalProcess.TASK_COMPLIANCE_REVIEW);
	}

	@Test
	void anOverdueApprovalIsEscalatedToTheBackupGroupAndStaysOpen() {
		long postId = submit(aDiversionUpdate());
		ProcessInstance instance = crisisInstance(postId);
		Task approval = task(postId, CrisisFastTrackProcess.TASK_CRISIS_APPROVAL);
		Job timer = job(instance);
		assertThat(timer.getDuedate().toInstant()).as("the SLA timer fires when the task falls due")
			.isCloseTo(approval.getDueDate().toInstant(), within(Duration.ofSeconds(5)));
		assertThat(review.inbox(ADMIN)).noneMatch(t -> t.postId() == postId);

		ClockUtil.setCurrentTime(Date.from(approval.getDueDate().toInstant().plusSeconds(1)));
		executeJob(instance);

		assertThat(instance).hasPassed(CrisisFastTrackProcess.TASK_ESCALATE_CRISIS_APPROVAL)
			.isWaitingAt(CrisisFastTrackProcess.TASK_CRISIS_APPROVAL);
		assertThat(candidateGroups(approval.getId())).containsExactlyInAnyOrder(Groups.CRISIS_LEADS,
				Groups.COMPLIANCE, Groups.ADMINS);
		assertThat(review.inbox(ADMIN)).anyMatch(t -> t.id().equals(approval.getId()));
		assertThat(audit.historyOf(postId)).filteredOn(e -> e.type().equals("ESCALATED"))
			.singleElement()
			.satisfies(e -> assertThat(e.detail()).contains("CRISIS"));

		decide(postId, CrisisFastTrackProcess.TASK_CRISIS_APPROVAL, ADMIN, Decision.APPROVE, null);
		assertThat(instance).isWaitingAt(CrisisFastTrackProcess.TASK_PUBLISH_UPDATE);
	}

	@Test
	void aRetrospectiveFindingOpensACorrectionOrTakedownTask() {
		long postId = publishedOnTheFastTrack();
		ProcessInstance instance = crisisInstance(postId);
		decide(postId, CrisisFastTrackProcess.TASK_RETROSPECTIVE_REVIEW, COMPLIANCE, Decision.REQUEST_CHANGES,
				"Lakeside General is not taking ambulances either; correct the diversion target.");
		assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);
		assertThat(instance).isWaitingAt(CrisisFastTrackProcess.TASK_CORRECT_OR_TAKE_DOWN)
			.task()
			.hasCandidateGroup(Groups.CRISIS_LEADS);
		Task correction = task(postId, CrisisFastTrackProcess.TASK_CORRECT_OR_TAKE_DOWN);
		assertThat(review.inbox(CRIS)).anyMatch(t -> t.id().equals(correction.getId()) && t.stage() == null);

		assertThatThrownBy(() -> corrections.record(correction.getId(), COMPLIANCE, Correction.CORRECTED, "x"))
			.isInstanceOf(ForbiddenException.class);
		corrections.record(correction.getId(), CRIS, Correction.CORRECTED,
				"Posted a correction: ambulances go to St. Anne's.");
		assertThat(instance).isEnded().hasPassed(CrisisFastTrackProcess.END_CORRECTED);
		assertThat(audit.historyOf(postId)).extracting(AuditEntry::type).endsWith("DECIDED", "CORRECTED");
		assertThatThrownBy(() -> corrections.record(correction.getId(), CRIS, Correction.TAKEN_DOWN, "again"))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void aTakedownDeletesTheUpdateOnEveryPlatformThroughTheirApis() {
		long postId = publishedOnTheFastTrack();
		ProcessInstance instance = crisisInstance(postId);
		decide(postId, CrisisFastTrackProcess.TASK_RETROSPECTIVE_REVIEW, COMPLIANCE, Decision.REJECT,
				"Should never have gone out.");
		Task correction = task(postId, CrisisFastTrackProcess.TASK_CORRECT_OR_TAKE_DOWN);
		corrections.record(correction.getId(), CRIS, Correction.TAKEN_DOWN, "Deleted everywhere.");
		assertThat(instance).isEnded();
		assertThat(publishing.publicationsOf(postId)).isNotEmpty()
			.allSatisfy(p -> assertThat(p.status()).isEqualTo(io.clearance.publishing.PublicationStatus.TAKEN_DOWN));
		assertThat(audit.historyOf(postId)).extracting(AuditEntry::type).endsWith("DECIDED", "TAKEN_DOWN");
	}

	@Test
	void aRejectionInTheRetrospectiveReviewAlsoOpensTheTask() {
		long postId = publishedOnTheFastTrack();
		decide(postId, CrisisFastTrackProcess.TASK_RETROSPECTIVE_REVIEW, COMPLIANCE, Decision.REJECT,
				"Should never have gone out.");
		assertThat(crisisInstance(postId)).isWaitingAt(CrisisFastTrackProcess.TASK_CORRECT_OR_TAKE_DOWN);
	}

	@Test
	void theAuthorCannotApproveTheirOwnUpdate() {
		long postId = submit(aDiversionUpdate());
		String taskId = task(postId, CrisisFastTrackProcess.TASK_CRISIS_APPROVAL).getId();
		assertThatThrownBy(() -> review.claim(taskId, CRIS)).isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("own post");
		assertThatThrownBy(() -> review.decide(taskId, CRIS, Decision.APPROVE, null, false))
			.isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("own post");
		assertThat(posts.get(postId).decisions()).isEmpty();
		assertThat(crisisInstance(postId)).isWaitingAt(CrisisFastTrackProcess.TASK_CRISIS_APPROVAL);
	}

	@Test
	void theCrisisApproverCannotAlsoReviewRetrospectively() {
		Caller both = new Caller("sasha", java.util.Set.of(Groups.CRISIS_LEADS, Groups.COMPLIANCE));
		long postId = submit(aDiversionUpdate());
		decide(postId, CrisisFastTrackProcess.TASK_CRISIS_APPROVAL, both, Decision.APPROVE, null);
		executeJob(crisisInstance(postId));
		assertThatThrownBy(() -> decide(postId, CrisisFastTrackProcess.TASK_RETROSPECTIVE_REVIEW, both,
				Decision.APPROVE, null))
			.isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("fast-track approval");
		assertThat(crisisInstance(postId)).isWaitingAt(CrisisFastTrackProcess.TASK_RETROSPECTIVE_REVIEW);
	}

	@Test
	void aCrisisTaskCompletesOnlyWithADecisionRecordedThroughClearance() {
		long postId = submit(aDiversionUpdate());
		String taskId = task(postId, CrisisFastTrackProcess.TASK_CRISIS_APPROVAL).getId();
		taskService.claim(taskId, MORGAN.username());
		assertThatThrownBy(() -> taskService.complete(taskId, java.util.Map.of("decision", "APPROVE")))
			.hasMessageContaining("decision through Clearance");
		assertThat(crisisInstance(postId)).isWaitingAt(CrisisFastTrackProcess.TASK_CRISIS_APPROVAL);
		assertThat(status(postId)).isEqualTo(PostStatus.IN_REVIEW);
	}

	@Test
	void requestedChangesGoBackToTheAuthorAndAreScreenedAgain() {
		long postId = submit(aDiversionUpdate());
		ProcessInstance instance = crisisInstance(postId);
		decide(postId, CrisisFastTrackProcess.TASK_CRISIS_APPROVAL, MORGAN, Decision.REQUEST_CHANGES,
				"Say until when.");
		assertThat(status(postId)).isEqualTo(PostStatus.CHANGES_REQUESTED);
		assertThat(instance).isWaitingAt(CrisisFastTrackProcess.TASK_REVISE);

		posts.revise(postId, posts.get(postId).version(), CRIS.username(),
				withText(aDiversionUpdate(), "The emergency department is on diversion until 8 pm tonight."));
		posts.submit(postId, CRIS.username());
		assertThat(instance).isWaitingAt(CrisisFastTrackProcess.TASK_CRISIS_APPROVAL);
		assertThat(posts.get(postId).latestScreening().orElseThrow().revision()).isEqualTo(2);
	}

	@Test
	void aRejectedUpdateEndsRejected() {
		long postId = submit(aDiversionUpdate());
		decide(postId, CrisisFastTrackProcess.TASK_CRISIS_APPROVAL, COMPLIANCE, Decision.REJECT, "Wrong hospital.");
		assertThat(crisisInstance(postId)).isEnded().hasPassed(CrisisFastTrackProcess.END_REJECTED);
		assertThat(status(postId)).isEqualTo(PostStatus.REJECTED);
	}

	@Test
	void anEditDuringApprovalIsScreenedAgainAndNeedsANewApproval() {
		long postId = submit(aDiversionUpdate());
		ProcessInstance instance = crisisInstance(postId);
		String firstTask = task(postId, CrisisFastTrackProcess.TASK_CRISIS_APPROVAL).getId();
		posts.revise(postId, posts.get(postId).version(), CRIS.username(),
				withText(aDiversionUpdate(), "The emergency department is on diversion until 9 pm."));
		assertThat(instance).hasPassed(CrisisFastTrackProcess.EVENT_UPDATE_REVISED)
			.isWaitingAt(CrisisFastTrackProcess.TASK_CRISIS_APPROVAL);
		assertThat(task(postId, CrisisFastTrackProcess.TASK_CRISIS_APPROVAL).getId()).isNotEqualTo(firstTask);
		assertThat(posts.get(postId).latestScreening().orElseThrow().revision()).isEqualTo(2);
	}

	@Test
	void anEditBeingPublishedIsRefused() {
		long postId = submit(aDiversionUpdate());
		decide(postId, CrisisFastTrackProcess.TASK_CRISIS_APPROVAL, MORGAN, Decision.APPROVE, null);
		Post post = posts.get(postId);
		assertThatThrownBy(() -> posts.revise(postId, post.version(), CRIS.username(), aDiversionUpdate()))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("being published");
	}

	@Test
	void aWithdrawnUpdateEndsItsProcess() {
		long postId = submit(aDiversionUpdate());
		ProcessInstance instance = crisisInstance(postId);
		posts.withdraw(postId, CRIS.username());
		assertThat(instance).isEnded();
		assertThat(status(postId)).isEqualTo(PostStatus.WITHDRAWN);
		assertThat(review.inbox(MORGAN)).noneMatch(t -> t.postId() == postId);
	}

	@Test
	void aScheduledUpdateWaitsForItsTime() {
		Instant at = Instant.now().plus(Duration.ofHours(3));
		long postId = submit(aDiversionUpdateScheduledAt(at));
		ProcessInstance instance = crisisInstance(postId);
		decide(postId, CrisisFastTrackProcess.TASK_CRISIS_APPROVAL, MORGAN, Decision.APPROVE, null);
		assertThat(status(postId)).isEqualTo(PostStatus.SCHEDULED);
		assertThat(instance).isWaitingAt(CrisisFastTrackProcess.TIMER_UNTIL_SCHEDULED);
		assertThat(job(instance).getDuedate().toInstant()).isEqualTo(at.truncatedTo(ChronoUnit.MILLIS));

		ClockUtil.setCurrentTime(Date.from(at.plusSeconds(1)));
		executeJob(instance);
		assertThat(instance).isWaitingAt(CrisisFastTrackProcess.TASK_PUBLISH_UPDATE);
		executeJob(instance);
		assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);
	}

	private long publishedOnTheFastTrack() {
		long postId = submit(aDiversionUpdate());
		decide(postId, CrisisFastTrackProcess.TASK_CRISIS_APPROVAL, MORGAN, Decision.APPROVE, null);
		executeJob(crisisInstance(postId));
		assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);
		return postId;
	}

	private long submit(Draft draft) {
		Post post = posts.create(CRIS.username(), draft);
		posts.submit(post.id(), CRIS.username());
		return post.id();
	}

	private ProcessInstance crisisInstance(long postId) {
		return historicOrRunning(postId, CrisisFastTrackProcess.PROCESS_ID);
	}

	private ProcessInstance approvalInstance(long postId) {
		return historicOrRunning(postId, PostApprovalProcess.PROCESS_ID);
	}

	private long crisisInstances(long postId) {
		return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(postId))
			.processDefinitionKey(CrisisFastTrackProcess.PROCESS_ID).count();
	}

	private long approvalInstances(long postId) {
		return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(postId))
			.processDefinitionKey(PostApprovalProcess.PROCESS_ID).count();
	}

	/** The process instance, also once it has ended (camunda-bpm-assert checks ended instances in history). */
	private ProcessInstance historicOrRunning(long postId, String processId) {
		var historic = historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(postId))
			.processDefinitionKey(processId)
			.singleResult();
		assertThat(historic).as(processId + " for post " + postId).isNotNull();
		ProcessInstance running = runtimeService.createProcessInstanceQuery().processInstanceId(historic.getId())
			.singleResult();
		return running != null ? running : new EndedInstance(historic.getId(), historic.getProcessDefinitionId(),
				historic.getBusinessKey());
	}

	private List<String> candidateGroups(String taskId) {
		return taskService.getIdentityLinksForTask(taskId).stream().map(IdentityLink::getGroupId)
			.filter(java.util.Objects::nonNull).toList();
	}

	private static org.assertj.core.data.TemporalUnitOffset within(Duration d) {
		return org.assertj.core.api.Assertions.within(d.toSeconds(), ChronoUnit.SECONDS);
	}

	/** A finished instance for camunda-bpm-assert's {@code isEnded()} and {@code hasPassed()}, which read history. */
	private static final class EndedInstance implements ProcessInstance {

		private final String id;

		private final String definitionId;

		private final String businessKey;

		EndedInstance(String id, String definitionId, String businessKey) {
			this.id = id;
			this.definitionId = definitionId;
			this.businessKey = businessKey;
		}

		@Override
		public String getId() {
			return id;
		}

		@Override
		public String getProcessInstanceId() {
			return id;
		}

		@Override
		public String getRootProcessInstanceId() {
			return id;
		}

		@Override
		public String getProcessDefinitionId() {
			return definitionId;
		}

		@Override
		public String getBusinessKey() {
			return businessKey;
		}

		@Override
		public String getCaseInstanceId() {
			return null;
		}

		@Override
		public boolean isSuspended() {
			return false;
		}

		@Override
		public boolean isEnded() {
			return true;
		}

		@Override
		public String getTenantId() {
			return null;
		}

		@Override
		public String getProcessDefinitionKey() {
			return null;
		}
	}
}
