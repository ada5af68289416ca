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
import io.clearance.security.Caller;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Engine time from the one approval of a crisis update to PUBLISHED, against the same stretch of the post approval
 * process (the compliance approval of an ordinary post to PUBLISHED) measured in the same run, interleaved. The job
 * executor is off: the benchmark runs each due job itself, so the figures are the engine's and the database's work
 * (decision, delegates, publication on the sandbox publisher, audit), without job-acquisition delays. Not a test:
 * it runs only with {@code -Pbench-engine} and asserts nothing about time. See docs/benchmarks.md.
 */
@SpringBootTest(properties = { "camunda.bpm.job-execution.enabled=false", CrisisTestRules.PROPERTY,
		CrisisTestRules.ENGINE })
@ActiveProfiles("test")
class FastTrackBenchmark {

	static {
		CrisisTestRules.install();
	}

	static final int WARM_UP = 10;

	static final int SAMPLES = 50;

	@Autowired
	PostService posts;

	@Autowired
	ReviewService review;

	@Autowired
	IncidentService incidents;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Test
	void engineTimeFromTheOneApprovalToPublished() {
		// The fast track needs an open incident; scoped to YouTube, it holds none of the baseline's posts.
		long incident = incidents.declare("Benchmark", IncidentSeverity.MINOR, false, List.of(Platform.YOUTUBE),
				CRIS.username()).id();
		Samples fastTrack = new Samples("crisis fast track: crisis approval → PUBLISHED");
		Samples baseline = new Samples("post approval: compliance approval → PUBLISHED");
		for (int i = 0; i < WARM_UP + SAMPLES; i++) {
			long f = sample(aDiversionUpdate(), CrisisFastTrackProcess.PROCESS_ID,
					CrisisFastTrackProcess.TASK_CRISIS_APPROVAL, MORGAN);
			long b = sample(aHarmlessEvent(), PostApprovalProcess.PROCESS_ID,
					PostApprovalProcess.TASK_COMPLIANCE_REVIEW, CrisisFixtures.COMPLIANCE);
			if (i >= WARM_UP) {
				fastTrack.add(f);
				baseline.add(b);
			}
		}
		incidents.close(incident, CRIS.username(), null);
		Samples.report("Engine time, approval → PUBLISHED (job executor off, jobs run inline)",
				"fast-track-engine.md", fastTrack, baseline, WARM_UP + " warm-up rounds of each discarded; "
						+ "the series are interleaved. Two platforms per post on the sandbox publisher.");
		assertThat(fastTrack.size()).isEqualTo(SAMPLES);
	}

	/** Submits the post (not timed), then times the approval and every job it makes due until PUBLISHED. */
	private long sample(Draft draft, String processId, String approvalTask, Caller approver) {
		String author = draft.kind() == io.clearance.screening.PostKind.CRISIS_UPDATE ? CRIS.username() : "author";
		long postId = posts.create(author, draft).id();
		posts.submit(postId, author);
		String instance = runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(String.valueOf(postId))
			.processDefinitionKey(processId)
			.singleResult()
			.getId();
		String task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(approvalTask)
			.singleResult()
			.getId();

		long start = System.nanoTime();
		review.decide(task, approver, Decision.APPROVE, null, false);
		for (Job job = dueJob(instance); job != null; job = dueJob(instance)) {
			managementService.executeJob(job.getId());
		}
		long elapsed = System.nanoTime() - start;

		assertThat(posts.get(postId).status()).isEqualTo(PostStatus.PUBLISHED);
		return elapsed;
	}

	private Job dueJob(String instance) {
		List<Job> jobs = managementService.createJobQuery().processInstanceId(instance).executable().list();
		return jobs.isEmpty() ? null : jobs.get(0);
	}
}
