package io.clearance.review.process;

import io.clearance.support.TestEngines;
import static io.clearance.posts.PostFixtures.aDraftNamingAPatient;
import static io.clearance.posts.PostFixtures.aHarmlessEvent;
import static io.clearance.posts.PostFixtures.aHarmlessEventScheduledAt;
import static io.clearance.posts.PostFixtures.aMiracleCureClaim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.clearance.audit.AuditEntry;
import io.clearance.audit.AuditTrail;
import io.clearance.crisis.HeldPostsRelease;
import io.clearance.crisis.Hold;
import io.clearance.crisis.IncidentService;
import io.clearance.crisis.IncidentSeverity;
import io.clearance.crisis.IncidentStatus;
import io.clearance.posts.Decision;
import io.clearance.posts.Post;
import io.clearance.posts.PostContent;
import io.clearance.posts.PostService;
import io.clearance.posts.PostService.Draft;
import io.clearance.posts.PostStatus;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.publishing.PublicationStatus;
import io.clearance.publishing.PublishingService;
import io.clearance.publishing.SandboxPublisher;
import io.clearance.review.ReviewService;
import io.clearance.security.Caller;
import io.clearance.security.Groups;
import io.clearance.shared.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every path of {@code post-approval.bpmn}, wait state by wait state, on the real engine with the real rule packs
 * and database. The job executor is off: the test runs each job itself.
 */
@SpringBootTest(properties = { "camunda.bpm.job-execution.enabled=false", TestEngines.PROCESS_TESTS })
@ActiveProfiles("test")
class PostApprovalProcessIT extends ProcessTestSupport {

	private static final Caller AUTHOR = new Caller("author", Set.of(Groups.AUTHORS));

	private static final Caller COMPLIANCE = new Caller("compliance", Set.of(Groups.COMPLIANCE));

	private static final Caller LEGAL = new Caller("legal", Set.of(Groups.LEGAL));

	@Autowired
	ProcessEngine engine;

	@Autowired
	PublishingService publishing;

	@Autowired
	SandboxPublisher sandbox;

	@Autowired
	AuditTrail audit;

	@BeforeEach
	void initAssertions() {
		BpmnAwareTests.init(engine);
	}

	@Autowired
	IncidentService incidents;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
		incidents.list(IncidentStatus.OPEN).forEach(i -> incidents.close(i.id(), "crisis", null));
	}

	@Test
	void approvedPostIsPublishedOnce() {
		long postId = submit(aHarmlessEvent());
		ProcessInstance instance = instance(postId);
		assertThat(instance).hasPassed(PostApprovalProcess.TASK_SCREEN_POST)
			.isWaitingAt(PostApprovalProcess.TASK_COMPLIANCE_REVIEW);
		assertThat(posts.get(postId).latestScreening().orElseThrow().result().route().name()).isEqualTo("PASS");

		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		assertThat(status(postId)).isEqualTo(PostStatus.APPROVED);
		assertThat(instance).isWaitingAt(PostApprovalProcess.TIMER_UNTIL_SCHEDULED);

		executeJob(instance);
		assertThat(instance).isWaitingAt(PostApprovalProcess.TASK_PUBLISH_POST);
		executeJob(instance);

		assertThat(instance).isEnded().hasPassed(PostApprovalProcess.END_PUBLISHED);
		assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);
		assertThat(publishing.publicationsOf(postId)).hasSize(2)
			.allSatisfy(p -> assertThat(p.status()).isEqualTo(PublicationStatus.PUBLISHED));
		assertThat(audit.firstBrokenEntry()).isEmpty();
		assertThat(audit.historyOf(postId)).extracting(e -> e.type())
			.containsSubsequence("CREATED", "SUBMITTED", "SCREENED", "DECIDED", "APPROVED", "PUBLISHED");
	}

	@Test
	void requestedChangesGoBackToTheAuthorAndAreScreenedAgain() {
		long postId = submit(aHarmlessEvent());
		ProcessInstance instance = instance(postId);
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.REQUEST_CHANGES,
				"Please add the address of the fair.");
		assertThat(status(postId)).isEqualTo(PostStatus.CHANGES_REQUESTED);
		assertThat(instance).isWaitingAt(PostApprovalProcess.TASK_REVISE).task().isAssignedTo("author");

		Post post = posts.get(postId);
		posts.revise(postId, post.version(), "author", withText(aHarmlessEvent(),
				"Join us this Saturday for our free community health fair at 100 Main Street."));
		assertThat(instance).isWaitingAt(PostApprovalProcess.TASK_REVISE);
		posts.submit(postId, "author");

		assertThat(instance).isWaitingAt(PostApprovalProcess.TASK_COMPLIANCE_REVIEW);
		assertThat(posts.get(postId).latestScreening().orElseThrow().revision()).isEqualTo(2);
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		executeJob(instance);
		executeJob(instance);
		assertThat(instance).isEnded().hasPassed(PostApprovalProcess.END_PUBLISHED);
	}

	@Test
	void aBlockedPostWaitsForItsAuthorBeforeAnyReview() {
		long postId = submit(aDraftNamingAPatient());
		ProcessInstance instance = instance(postId);
		assertThat(instance).isWaitingAt(PostApprovalProcess.TASK_REVISE);
		assertThat(status(postId)).isEqualTo(PostStatus.CHANGES_REQUESTED);
		assertThat(posts.get(postId).latestScreening().orElseThrow().result().route().name()).isEqualTo("BLOCK");

		posts.revise(postId, posts.get(postId).version(), "author", aHarmlessEvent());
		posts.submit(postId, "author");
		assertThat(instance).isWaitingAt(PostApprovalProcess.TASK_COMPLIANCE_REVIEW);
	}

	@Test
	void escalatesToLegalWhenAClaimIsFound() {
		long postId = submit(aMiracleCureClaim());
		ProcessInstance instance = instance(postId);
		assertThat(instance).isWaitingAt(PostApprovalProcess.TASK_COMPLIANCE_REVIEW);
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		assertThat(instance).isWaitingAt(PostApprovalProcess.TASK_LEGAL_SIGN_OFF).task()
			.hasCandidateGroup(Groups.LEGAL);
		assertThat(status(postId)).isEqualTo(PostStatus.IN_REVIEW);

		decide(postId, PostApprovalProcess.TASK_LEGAL_SIGN_OFF, LEGAL, Decision.APPROVE, null);
		assertThat(instance).isWaitingAt(PostApprovalProcess.TIMER_UNTIL_SCHEDULED);
		assertThat(status(postId)).isEqualTo(PostStatus.APPROVED);
	}

	@Test
	void escalatesToLegalWhenTheComplianceReviewerAsks() {
		long postId = submit(aHarmlessEvent());
		ProcessInstance instance = instance(postId);
		String taskId = task(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW).getId();
		review.decide(taskId, COMPLIANCE, Decision.APPROVE, "Testimonial-like wording; legal to confirm", true);
		assertThat(instance).isWaitingAt(PostApprovalProcess.TASK_LEGAL_SIGN_OFF);
	}

	@Test
	void legalCanRejectAndTheProcessEndsRejected() {
		long postId = submit(aMiracleCureClaim());
		ProcessInstance instance = instance(postId);
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		decide(postId, PostApprovalProcess.TASK_LEGAL_SIGN_OFF, LEGAL, Decision.REJECT, "Unsubstantiated claim.");
		assertThat(instance).isEnded().hasPassed(PostApprovalProcess.END_REJECTED);
		assertThat(status(postId)).isEqualTo(PostStatus.REJECTED);
	}

	@Test
	void rejectedPostEndsRejected() {
		long postId = submit(aHarmlessEvent());
		ProcessInstance instance = instance(postId);
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.REJECT, "Off-brand.");
		assertThat(instance).isEnded().hasPassed(PostApprovalProcess.END_REJECTED);
		assertThat(status(postId)).isEqualTo(PostStatus.REJECTED);
	}

	@Test
	void withdrawnPostEndsItsProcess() {
		long postId = submit(aHarmlessEvent());
		ProcessInstance instance = instance(postId);
		posts.withdraw(postId, "author");
		assertThat(instance).isEnded();
		assertThat(status(postId)).isEqualTo(PostStatus.WITHDRAWN);
		assertThat(review.inbox(COMPLIANCE)).noneMatch(t -> t.postId() == postId);
	}

	@Test
	void scheduledPostIsPublishedWhenItsTimerFires() {
		Instant at = Instant.now().plus(Duration.ofDays(2));
		long postId = submit(aHarmlessEventScheduledAt(at));
		ProcessInstance instance = instance(postId);
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		assertThat(status(postId)).isEqualTo(PostStatus.SCHEDULED);
		Job timer = job(instance);
		assertThat(timer.getDuedate().toInstant()).isEqualTo(at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).executable().count())
			.isZero();

		ClockUtil.setCurrentTime(Date.from(at.plusSeconds(1)));
		assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).executable().count())
			.isOne();
		executeJob(instance);
		executeJob(instance);
		assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);
	}

	@Test
	void aPostApprovedAfterItsScheduledTimeWaitsForItsAuthorToRescheduleIt() {
		Instant at = Instant.now().plus(Duration.ofHours(1));
		long postId = submit(aHarmlessEventScheduledAt(at));
		ProcessInstance instance = instance(postId);
		ClockUtil.setCurrentTime(Date.from(at.plus(Duration.ofHours(1))));
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);

		assertThat(instance).hasPassed(PostApprovalProcess.GATEWAY_APPROVED_LATE)
			.isWaitingAt(PostApprovalProcess.TASK_CHOOSE_PUBLICATION_TIME)
			.task()
			.isAssignedTo("author");
		assertThat(status(postId)).isEqualTo(PostStatus.APPROVED);
		assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count())
			.as("nothing goes out while the author has not chosen").isZero();
		assertThat(audit.historyOf(postId)).last()
			.satisfies(e -> assertThat(e.detail()).contains("approved after its scheduled time"));

		assertThatThrownBy(() -> posts.choosePublicationTime(postId, "compliance", null))
			.isInstanceOf(io.clearance.shared.ForbiddenException.class);
		Instant later = at.plus(Duration.ofHours(5));
		posts.choosePublicationTime(postId, "author", later);
		assertThat(status(postId)).isEqualTo(PostStatus.SCHEDULED);
		assertThat(instance).isWaitingAt(PostApprovalProcess.TIMER_UNTIL_SCHEDULED);
		assertThat(job(instance).getDuedate().toInstant())
			.isEqualTo(later.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		assertThat(posts.get(postId).isApprovedAtCurrentRevision()).as("only the time changed").isTrue();

		ClockUtil.setCurrentTime(Date.from(later.plusSeconds(1)));
		executeJob(instance);
		executeJob(instance);
		assertThat(instance).isEnded().hasPassed(PostApprovalProcess.END_PUBLISHED);
		assertThat(audit.historyOf(postId)).extracting(AuditEntry::type)
			.containsSubsequence("APPROVED", "RESCHEDULED", "PUBLISHED");
	}

	@Test
	void aPostApprovedLateGoesOutWhenItsAuthorSaysPublishNow() {
		Instant at = Instant.now().plus(Duration.ofHours(1));
		long postId = submit(aHarmlessEventScheduledAt(at));
		ProcessInstance instance = instance(postId);
		ClockUtil.setCurrentTime(Date.from(at.plus(Duration.ofMinutes(10))));
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		assertThat(instance).isWaitingAt(PostApprovalProcess.TASK_CHOOSE_PUBLICATION_TIME);

		posts.choosePublicationTime(postId, "author", null);
		executeJob(instance);
		executeJob(instance);
		assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);
		assertThatThrownBy(() -> posts.choosePublicationTime(postId, "author", null))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void anEditAfterApprovalReopensTheReviewOnTheNewRevision() {
		long postId = submit(aHarmlessEventScheduledAt(Instant.now().plus(Duration.ofDays(1))));
		ProcessInstance instance = instance(postId);
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		assertThat(instance).isWaitingAt(PostApprovalProcess.TIMER_UNTIL_SCHEDULED);

		Post post = posts.get(postId);
		posts.revise(postId, post.version(), "author",
				withText(aHarmlessEventScheduledAt(post.scheduledAt()), "Now with a bouncy castle for the kids!"));

		assertThat(status(postId)).isEqualTo(PostStatus.IN_REVIEW);
		assertThat(instance).isWaitingAt(PostApprovalProcess.TASK_COMPLIANCE_REVIEW);
		assertThat(posts.get(postId).latestScreening().orElseThrow().revision()).isEqualTo(2);
		assertThat(posts.get(postId).isApprovedAtCurrentRevision()).isFalse();
	}

	@Test
	void aStaleEditIsRefusedAndChangesNothing() {
		long postId = submit(aHarmlessEvent());
		long stale = posts.get(postId).version() - 1;
		assertThatThrownBy(() -> posts.revise(postId, stale, "author", aHarmlessEvent()))
			.isInstanceOf(ConflictException.class);
		assertThat(posts.get(postId).revisions()).hasSize(1);
	}

	@Test
	void aRetryAfterAPartialFailureKeepsWhatWentOutAndRecordsTheMediaOnEveryPlatform() {
		List<String> media = List.of("Poster of the health fair", "Map of the main campus");
		Draft harmless = aHarmlessEvent();
		long postId = submit(new Draft(new io.clearance.posts.PostContent(harmless.content().text(), media, List.of()),
				harmless.kind(), harmless.sponsored(), harmless.platforms(), null));
		ProcessInstance instance = instance(postId);
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		executeJob(instance);
		sandbox.setUnavailable(io.clearance.screening.Platform.LINKEDIN, true);
		try {
			String first = job(instance).getId();
			assertThatThrownBy(() -> managementService.executeJob(first)).isInstanceOf(Exception.class);
			// the platform that worked is recorded although the job rolled back, with what went out
			assertThat(publishing.publicationsOf(postId)).hasSize(2).satisfiesExactlyInAnyOrder(
					p -> assertThat(p.platform()).isEqualTo(io.clearance.screening.Platform.FACEBOOK),
					p -> assertThat(p.platform()).isEqualTo(io.clearance.screening.Platform.LINKEDIN));
			assertThat(publishing.publicationsOf(postId))
				.filteredOn(p -> p.platform() == io.clearance.screening.Platform.FACEBOOK)
				.singleElement()
				.satisfies(p -> assertThat(p.status()).isEqualTo(PublicationStatus.PUBLISHED))
				.satisfies(p -> assertThat(p.mediaDescriptions()).isEqualTo(media));
			assertThat(publishing.publicationsOf(postId))
				.filteredOn(p -> p.platform() == io.clearance.screening.Platform.LINKEDIN)
				.singleElement()
				.satisfies(p -> assertThat(p.status()).isEqualTo(PublicationStatus.FAILED))
				.satisfies(p -> assertThat(p.mediaDescriptions()).isEmpty());

			sandbox.setUnavailable(io.clearance.screening.Platform.LINKEDIN, false);
			managementService.setJobRetries(job(instance).getId(), 1);
			executeJob(instance);
			assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);
			assertThat(publishing.publicationsOf(postId)).hasSize(2).allSatisfy(p -> {
				assertThat(p.status()).isEqualTo(PublicationStatus.PUBLISHED);
				assertThat(p.mediaDescriptions()).isEqualTo(media);
				assertThat(p.publishedText()).isEqualTo(harmless.content().text());
			});
			assertThat(publishing.publicationsOf(postId))
				.filteredOn(p -> p.platform() == io.clearance.screening.Platform.FACEBOOK)
				.singleElement()
				.satisfies(p -> assertThat(p.attempts()).as("went out once").isEqualTo(1));
			assertThat(publishing.publicationsOf(postId))
				.filteredOn(p -> p.platform() == io.clearance.screening.Platform.LINKEDIN)
				.singleElement()
				.satisfies(p -> assertThat(p.attempts()).isEqualTo(2));
		}
		finally {
			sandbox.setUnavailable(io.clearance.screening.Platform.LINKEDIN, false);
		}
	}

	@Test
	void publishFailureIsRetriedThenRaisesAnIncident() {
		long postId = submit(aHarmlessEvent());
		ProcessInstance instance = instance(postId);
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		executeJob(instance);
		sandbox.setUnavailable(io.clearance.screening.Platform.LINKEDIN, true);
		try {
			Job publish = job(instance);
			assertThatThrownBy(() -> managementService.executeJob(publish.getId())).isInstanceOf(Exception.class);
			Job retried = job(instance);
			assertThat(retried.getRetries()).as("retries left after the first failure").isPositive();
			assertThat(retried.getDuedate()).as("the retry waits").isAfter(new Date());
			while (job(instance).getRetries() > 0) {
				String id = job(instance).getId();
				assertThatThrownBy(() -> managementService.executeJob(id)).isInstanceOf(Exception.class);
			}
			assertThat(runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count()).isOne();
			assertThat(status(postId)).isEqualTo(PostStatus.APPROVED);
			// the platform that worked is not published twice by the retries
			assertThat(publishing.publicationsOf(postId))
				.filteredOn(p -> p.platform() == io.clearance.screening.Platform.FACEBOOK)
				.singleElement()
				.satisfies(p -> assertThat(p.attempts()).isEqualTo(1));

			sandbox.setUnavailable(io.clearance.screening.Platform.LINKEDIN, false);
			managementService.setJobRetries(job(instance).getId(), 1);
			executeJob(instance);
			assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);
			assertThat(publishing.publicationsOf(postId)).hasSize(2)
				.allSatisfy(p -> assertThat(p.status()).isEqualTo(PublicationStatus.PUBLISHED));
		}
		finally {
			sandbox.setUnavailable(io.clearance.screening.Platform.LINKEDIN, false);
		}
	}

	@Test
	void anOverdueReviewIsEscalatedAndStaysOpen() {
		long postId = submit(aHarmlessEvent());
		ProcessInstance instance = instance(postId);
		Task task = task(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW);
		assertThat(task.getDueDate()).isNotNull();
		assertThat(review.task(task.getId(), COMPLIANCE).escalated()).isFalse();
		ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().plusSeconds(60)));
		assertThat(review.task(task.getId(), COMPLIANCE).escalated()).as("overdue, not escalated yet").isFalse();
		executeJob(instance);
		assertThat(instance).hasPassed(PostApprovalProcess.TASK_ESCALATE_COMPLIANCE_REVIEW)
			.isWaitingAt(PostApprovalProcess.TASK_COMPLIANCE_REVIEW);
		assertThat(audit.historyOf(postId)).extracting(e -> e.type()).contains("ESCALATED");
		assertThat(review.inbox(COMPLIANCE)).filteredOn(t -> t.id().equals(task.getId()))
			.singleElement().satisfies(t -> assertThat(t.escalated()).isTrue());
	}

	@Test
	void aScheduledPostDueDuringAnIncidentIsHeldAndGoesOutOnceAfterTheClose() {
		Instant at = Instant.now().plus(Duration.ofDays(2));
		long postId = submit(aHarmlessEventScheduledAt(at));
		ProcessInstance instance = instance(postId);
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		long incident = declare(IncidentSeverity.CRITICAL, true);

		ClockUtil.setCurrentTime(Date.from(at.plusSeconds(1)));
		executeJob(instance);
		assertThat(instance).hasPassed(PostApprovalProcess.TASK_CHECK_FREEZE)
			.isWaitingAt(PostApprovalProcess.GATEWAY_HELD)
			.hasNotPassed(PostApprovalProcess.TASK_PUBLISH_POST);
		assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count())
			.as("nothing is due to publish").isZero();
		assertThat(status(postId)).isEqualTo(PostStatus.SCHEDULED);
		assertThat(runtimeService.getVariable(instance.getId(), PostApprovalProcess.Var.HELD_BY)).isEqualTo(incident);
		assertThat(incidents.get(incident).holds()).singleElement().satisfies(h -> {
			assertThat(h.postId()).isEqualTo(postId);
			assertThat(h.isActive()).isTrue();
		});
		assertThat(publishing.publicationsOf(postId)).isEmpty();

		incidents.close(incident, "crisis", null);
		assertThat(instance).hasPassed(PostApprovalProcess.EVENT_FREEZE_LIFTED)
			.isWaitingAt(PostApprovalProcess.TASK_PUBLISH_POST);
		executeJob(instance);
		assertThat(instance).isEnded().hasPassed(PostApprovalProcess.END_PUBLISHED);
		assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);
		assertThat(publishing.publicationsOf(postId)).hasSize(2).allSatisfy(p -> {
			assertThat(p.status()).isEqualTo(PublicationStatus.PUBLISHED);
			assertThat(p.attempts()).isEqualTo(1);
		});
		assertThat(incidents.get(incident).holds()).singleElement()
			.satisfies(h -> assertThat(h.release()).isEqualTo(Hold.Release.PUBLISH_NOW));
		assertThat(audit.historyOf(postId)).extracting(AuditEntry::type)
			.containsSubsequence("APPROVED", "HELD", "RELEASED", "PUBLISHED");
		assertThat(audit.historyOfIncident(incident)).extracting(AuditEntry::type)
			.containsExactly("DECLARED", "HELD", "CLOSED", "RELEASED");
		assertThat(audit.firstBrokenEntry()).isEmpty();
		assertThatThrownBy(() -> incidents.close(incident, "crisis", null)).isInstanceOf(ConflictException.class);
	}

	@Test
	void closingWithBackToAuthorsReturnsHeldPostsForRescheduling() {
		long postId = submit(aHarmlessEvent());
		ProcessInstance instance = instance(postId);
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		long incident = declare(IncidentSeverity.MAJOR, true);
		executeJob(instance);
		assertThat(instance).isWaitingAt(PostApprovalProcess.GATEWAY_HELD);

		incidents.close(incident, "crisis", HeldPostsRelease.BACK_TO_AUTHORS);
		assertThat(instance).hasPassed(PostApprovalProcess.TASK_RETURN_TO_AUTHOR)
			.isWaitingAt(PostApprovalProcess.TASK_REVISE)
			.task()
			.isAssignedTo("author");
		assertThat(status(postId)).isEqualTo(PostStatus.CHANGES_REQUESTED);
		assertThat(publishing.publicationsOf(postId)).isEmpty();
		assertThat(audit.historyOf(postId)).extracting(AuditEntry::type)
			.containsSubsequence("HELD", "RELEASED", "RETURNED");

		Post post = posts.get(postId);
		posts.revise(postId, post.version(), "author",
				aHarmlessEventScheduledAt(Instant.now().plus(Duration.ofDays(3))));
		posts.submit(postId, "author");
		assertThat(instance).isWaitingAt(PostApprovalProcess.TASK_COMPLIANCE_REVIEW);
	}

	@Test
	void aPostOutsideTheIncidentsScopeIsNotHeld() {
		long postId = submit(aHarmlessEvent());
		ProcessInstance instance = instance(postId);
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		long incident = incidents.declare("Instagram account compromised", IncidentSeverity.MAJOR, false,
				List.of(Platform.INSTAGRAM, Platform.TWITTER), "crisis").id();
		executeJob(instance);
		assertThat(instance).hasPassed(PostApprovalProcess.TASK_CHECK_FREEZE)
			.isWaitingAt(PostApprovalProcess.TASK_PUBLISH_POST);
		executeJob(instance);
		assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);
		assertThat(incidents.get(incident).holds()).isEmpty();
	}

	@Test
	void aCrisisUpdateOnTheNormalPathIsNeverHeld() {
		Post update = posts.create("crisis", new Draft(new PostContent("The ED reopens at 6 pm.", List.of(), List.of()),
				PostKind.CRISIS_UPDATE, false, List.of(Platform.FACEBOOK), null));
		posts.submit(update.id(), "crisis");
		ProcessInstance instance = instance(update.id());
		decide(update.id(), PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		declare(IncidentSeverity.CRITICAL, true);
		executeJob(instance);
		assertThat(instance).isWaitingAt(PostApprovalProcess.TASK_PUBLISH_POST);
	}

	@Test
	void aPostStillCoveredByAnotherOpenIncidentStaysHeld() {
		long postId = submit(aHarmlessEvent());
		ProcessInstance instance = instance(postId);
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		long first = declare(IncidentSeverity.MAJOR, true);
		long second = incidents.declare("Facebook outage", IncidentSeverity.MINOR, false, List.of(Platform.FACEBOOK),
				"crisis").id();
		executeJob(instance);
		assertThat(runtimeService.getVariable(instance.getId(), PostApprovalProcess.Var.HELD_BY)).isEqualTo(first);

		incidents.close(first, "crisis", null);
		assertThat(instance).isWaitingAt(PostApprovalProcess.GATEWAY_HELD);
		assertThat(runtimeService.getVariable(instance.getId(), PostApprovalProcess.Var.HELD_BY)).isEqualTo(second);

		incidents.close(second, "crisis", null);
		executeJob(instance);
		assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);
		assertThat(publishing.publicationsOf(postId)).hasSize(2).allSatisfy(p -> assertThat(p.attempts()).isOne());
	}

	@Test
	void anEditOfAHeldPostEndsTheHoldAndIsReviewedAgain() {
		long postId = submit(aHarmlessEvent());
		ProcessInstance instance = instance(postId);
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		long incident = declare(IncidentSeverity.MAJOR, true);
		executeJob(instance);

		Post post = posts.get(postId);
		posts.revise(postId, post.version(), "author", withText(aHarmlessEvent(), "Postponed: the health fair moves "
				+ "to next month."));
		assertThat(instance).isWaitingAt(PostApprovalProcess.TASK_COMPLIANCE_REVIEW);
		assertThat(status(postId)).isEqualTo(PostStatus.IN_REVIEW);
		assertThat(incidents.get(incident).holds()).singleElement().satisfies(h -> {
			assertThat(h.isActive()).isFalse();
			assertThat(h.release()).isEqualTo(Hold.Release.EDITED);
		});
		incidents.close(incident, "crisis", null);
		assertThat(instance).isWaitingAt(PostApprovalProcess.TASK_COMPLIANCE_REVIEW);
	}

	@Test
	void aWithdrawnHeldPostEndsTheHold() {
		long postId = submit(aHarmlessEvent());
		ProcessInstance instance = instance(postId);
		decide(postId, PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		long incident = declare(IncidentSeverity.MAJOR, true);
		executeJob(instance);
		posts.withdraw(postId, "author");
		assertThat(instance).isEnded();
		assertThat(incidents.get(incident).holds()).singleElement()
			.satisfies(h -> assertThat(h.release()).isEqualTo(Hold.Release.WITHDRAWN));
	}

	private long declare(IncidentSeverity severity, boolean allPlatforms) {
		return incidents.declare("Mass-casualty event", severity, allPlatforms, List.of(), "crisis").id();
	}

	private long submit(Draft draft) {
		Post post = posts.create(AUTHOR.username(), draft);
		posts.submit(post.id(), AUTHOR.username());
		return post.id();
	}

	private ProcessInstance instance(long postId) {
		return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(postId))
			.singleResult();
	}

	private static Draft withText(Draft draft, String text) {
		return new Draft(new PostContent(text, List.of(), List.of()), draft.kind(), draft.sponsored(),
				draft.platforms(), draft.scheduledAt());
	}
}
