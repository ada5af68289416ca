package io.clearance.crisis.process;

import static io.clearance.crisis.CrisisFixtures.CRIS;
import static io.clearance.crisis.CrisisFixtures.MORGAN;
import static io.clearance.crisis.CrisisFixtures.aDiversionUpdate;
import static io.clearance.posts.PostFixtures.aHarmlessEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearance.crisis.CrisisFixtures;
import io.clearance.crisis.CrisisTestRules;
import io.clearance.crisis.IncidentService;
import io.clearance.crisis.IncidentSeverity;
import io.clearance.posts.Decision;
import io.clearance.posts.PostService;
import io.clearance.posts.PostService.Draft;
import io.clearance.posts.PostStatus;
import io.clearance.review.ReviewService;
import io.clearance.review.process.PostApprovalProcess;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.security.Caller;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a crisis lead sees: wall-clock time from the approval to PUBLISHED with the job executor running on the
 * production settings of application.yaml (not the test profile's faster polling), against the post approval
 * process in the same run. Includes the job executor's pick-up delay. Not a test: runs only with
 * {@code -Pbench-engine}.
 */
@SpringBootTest(properties = { CrisisTestRules.PROPERTY, CrisisTestRules.ENGINE,
		"camunda.bpm.job-execution.wait-time-in-millis=5000",
		"camunda.bpm.job-execution.max-wait=10000" })
@ActiveProfiles("test")
class FastTrackWallClockBenchmark {

	static {
		CrisisTestRules.install();
	}

	static final int WARM_UP = 3;

	static final int SAMPLES = 20;

	static final long POLL_NANOS = Duration.ofMillis(5).toNanos();

	@Autowired
	PostService posts;

	@Autowired
	ReviewService review;

	@Autowired
	IncidentService incidents;

	@Autowired
	TaskService taskService;

	@Test
	void wallClockFromTheOneApprovalToPublished() {
		long incident = incidents.declare("Benchmark", IncidentSeverity.MINOR, false, List.of(Platform.YOUTUBE),
				CRIS.username()).id();
		Samples fastTrack = new Samples("crisis fast track: crisis approval → PUBLISHED");
		Samples baseline = new Samples("post approval: compliance approval → PUBLISHED");
		for (int i = 0; i < WARM_UP + SAMPLES; i++) {
			long f = sample(aDiversionUpdate(), CrisisFastTrackProcess.TASK_CRISIS_APPROVAL, MORGAN);
			long b = sample(aHarmlessEvent(), PostApprovalProcess.TASK_COMPLIANCE_REVIEW, CrisisFixtures.COMPLIANCE);
			if (i >= WARM_UP) {
				fastTrack.add(f);
				baseline.add(b);
			}
		}
		incidents.close(incident, CRIS.username(), null);
		Samples.report("Wall clock, approval → PUBLISHED (job executor on, production polling)",
				"fast-track-wall-clock.md", fastTrack, baseline, WARM_UP + " warm-up rounds of each discarded; "
						+ "status polled every 5 ms.");
		assertThat(fastTrack.size()).isEqualTo(SAMPLES);
	}

	private long sample(Draft draft, String approvalTask, Caller approver) {
		String author = draft.kind() == PostKind.CRISIS_UPDATE ? CRIS.username() : "author";
		long postId = posts.create(author, draft).id();
		posts.submit(postId, author);
		String task = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(postId))
			.taskDefinitionKey(approvalTask)
			.singleResult()
			.getId();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();

		long start = System.nanoTime();
		review.decide(task, approver, Decision.APPROVE, null, false);
		while (posts.get(postId).status() != PostStatus.PUBLISHED) {
			assertThat(System.nanoTime()).as("post %d published within 60 s", postId).isLessThan(deadline);
			LockSupport.parkNanos(POLL_NANOS);
		}
		return System.nanoTime() - start;
	}
}
