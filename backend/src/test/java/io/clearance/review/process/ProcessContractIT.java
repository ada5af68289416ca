package io.clearance.review.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.clearance.crisis.process.CrisisFastTrackProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every file in {@code processes/} deploys, and every deployed version of the approval process and of the crisis fast
 * track still has what the Java side binds to ({@link PostApprovalProcess}, {@link CrisisFastTrackProcess}).
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
class ProcessContractIT {

	@Autowired
	RepositoryService repositoryService;

	@Test
	void everyFileInProcessesDeploys() throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(Path.of("../processes"))) {
			files = list.filter(p -> p.toString().endsWith(".bpmn")).toList();
		}
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			var deployment = repositoryService.createDeployment()
				.name("contract-check-" + file.getFileName())
				.addInputStream(file.getFileName().toString(), Files.newInputStream(file))
				.deployWithResult();
			assertThat(deployment.getDeployedProcessDefinitions()).as(file.toString()).isNotEmpty();
			repositoryService.deleteDeployment(deployment.getId(), true);
		}
	}

	@Test
	void everyDeployedVersionSatisfiesTheContract() {
		List<ProcessDefinition> versions = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(PostApprovalProcess.PROCESS_ID)
			.list();
		assertThat(versions).isNotEmpty();
		for (ProcessDefinition version : versions) {
			BpmnModelInstance model = repositoryService.getBpmnModelInstance(version.getId());
			for (String id : List.of(PostApprovalProcess.TASK_SCREEN_POST, PostApprovalProcess.TASK_REVISE,
					PostApprovalProcess.SUBPROCESS_REVIEW, PostApprovalProcess.TASK_COMPLIANCE_REVIEW,
					PostApprovalProcess.TASK_LEGAL_SIGN_OFF, PostApprovalProcess.TASK_APPROVE_POST,
					PostApprovalProcess.TIMER_UNTIL_SCHEDULED, PostApprovalProcess.TASK_PUBLISH_POST,
					PostApprovalProcess.END_PUBLISHED, PostApprovalProcess.END_REJECTED,
					PostApprovalProcess.TASK_CHECK_FREEZE, PostApprovalProcess.GATEWAY_HELD,
					PostApprovalProcess.EVENT_FREEZE_LIFTED, PostApprovalProcess.TASK_RETURN_TO_AUTHOR,
					PostApprovalProcess.GATEWAY_APPROVED_LATE, PostApprovalProcess.TASK_CHOOSE_PUBLICATION_TIME)) {
				assertThat(model.<FlowElement>getModelElementById(id)).as(version.getId() + " has " + id).isNotNull();
			}
			for (String[] task : PostApprovalProcess.SERVICE_TASKS) {
				ServiceTask serviceTask = model.getModelElementById(task[0]);
				assertThat(serviceTask).as(version.getId() + " has " + task[0]).isNotNull();
				assertThat(serviceTask.getCamundaDelegateExpression()).isEqualTo("${" + task[1] + "}");
			}
			for (String id : PostApprovalProcess.REVIEW_TASKS) {
				UserTask review = model.getModelElementById(id);
				assertThat(review.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class)
					.list()).as(id + " is guarded")
					.anySatisfy(l -> {
						assertThat(l.getCamundaEvent()).isEqualTo("complete");
						assertThat(l.getCamundaDelegateExpression())
							.isEqualTo("${" + PostApprovalProcess.REVIEW_DECISION_GUARD + "}");
					});
			}
			ServiceTask publish = model.getModelElementById(PostApprovalProcess.TASK_PUBLISH_POST);
			assertThat(publish.isCamundaAsyncBefore()).as("publishing runs as a retried job").isTrue();
			IntermediateCatchEvent freezeLifted = model.getModelElementById(PostApprovalProcess.EVENT_FREEZE_LIFTED);
			assertThat(messageOf(freezeLifted.getEventDefinitions()))
				.isEqualTo(PostApprovalProcess.MESSAGE_FREEZE_LIFTED);
		}
	}

	@Test
	void everyDeployedVersionOfTheCrisisFastTrackSatisfiesItsContract() {
		List<ProcessDefinition> versions = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(CrisisFastTrackProcess.PROCESS_ID)
			.list();
		assertThat(versions).isNotEmpty();
		for (ProcessDefinition version : versions) {
			BpmnModelInstance model = repositoryService.getBpmnModelInstance(version.getId());
			Process process = model.getModelElementById(CrisisFastTrackProcess.PROCESS_ID);
			assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("2555");
			for (String id : List.of(CrisisFastTrackProcess.TASK_SCREEN_UPDATE,
					CrisisFastTrackProcess.GATEWAY_FAST_TRACK, CrisisFastTrackProcess.TASK_REVISE,
					CrisisFastTrackProcess.TASK_HAND_OVER_TO_APPROVAL,
					CrisisFastTrackProcess.END_HANDED_OVER, CrisisFastTrackProcess.SUBPROCESS_FAST_TRACK,
					CrisisFastTrackProcess.TASK_CRISIS_APPROVAL, CrisisFastTrackProcess.TIMER_CRISIS_APPROVAL_SLA,
					CrisisFastTrackProcess.TASK_ESCALATE_CRISIS_APPROVAL, CrisisFastTrackProcess.TASK_APPROVE_UPDATE,
					CrisisFastTrackProcess.TIMER_UNTIL_SCHEDULED, CrisisFastTrackProcess.EVENT_UPDATE_REVISED,
					CrisisFastTrackProcess.TASK_PUBLISH_UPDATE, CrisisFastTrackProcess.EVENT_PUBLISHED,
					CrisisFastTrackProcess.TASK_RETROSPECTIVE_REVIEW, CrisisFastTrackProcess.TASK_CORRECT_OR_TAKE_DOWN,
					CrisisFastTrackProcess.END_CLEARED, CrisisFastTrackProcess.END_CORRECTED,
					CrisisFastTrackProcess.END_REJECTED)) {
				assertThat(model.<FlowElement>getModelElementById(id)).as(version.getId() + " has " + id).isNotNull();
			}
			for (String[] task : CrisisFastTrackProcess.SERVICE_TASKS) {
				ServiceTask serviceTask = model.getModelElementById(task[0]);
				assertThat(serviceTask).as(version.getId() + " has " + task[0]).isNotNull();
				assertThat(serviceTask.getCamundaDelegateExpression()).isEqualTo("${" + task[1] + "}");
			}
			for (String id : CrisisFastTrackProcess.REVIEW_TASKS) {
				UserTask review = model.getModelElementById(id);
				assertThat(review.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class)
					.list()).as(id + " is guarded")
					.anySatisfy(l -> {
						assertThat(l.getCamundaEvent()).isEqualTo("complete");
						assertThat(l.getCamundaDelegateExpression())
							.isEqualTo("${" + PostApprovalProcess.REVIEW_DECISION_GUARD + "}");
					});
			}
			UserTask approval = model.getModelElementById(CrisisFastTrackProcess.TASK_CRISIS_APPROVAL);
			assertThat(approval.getCamundaCandidateGroupsList()).containsExactlyInAnyOrder("crisis-leads",
					"compliance");
			BoundaryEvent sla = model.getModelElementById(CrisisFastTrackProcess.TIMER_CRISIS_APPROVAL_SLA);
			assertThat(sla.getAttachedTo().getId()).isEqualTo(CrisisFastTrackProcess.TASK_CRISIS_APPROVAL);
			assertThat(sla.cancelActivity()).as("the SLA escalation leaves the approval open").isFalse();
			BoundaryEvent revised = model.getModelElementById(CrisisFastTrackProcess.EVENT_UPDATE_REVISED);
			assertThat(messageOf(revised.getEventDefinitions())).as("edits reach the fast track as they reach approval")
				.isEqualTo(PostApprovalProcess.MESSAGE_POST_REVISED);
			ServiceTask publish = model.getModelElementById(CrisisFastTrackProcess.TASK_PUBLISH_UPDATE);
			assertThat(publish.isCamundaAsyncBefore()).as("publishing runs as a retried job").isTrue();
		}
	}

	@Test
	void bothProcessesUseTheVariableNamesTheReviewInboxAndItsGuardRelyOn() {
		assertThat(CrisisFastTrackProcess.Var.POST_ID).isEqualTo(PostApprovalProcess.Var.POST_ID);
		assertThat(CrisisFastTrackProcess.Var.DECISION).isEqualTo(PostApprovalProcess.Var.DECISION);
		assertThat(CrisisFastTrackProcess.Var.AUTHOR).isEqualTo(PostApprovalProcess.Var.AUTHOR);
		assertThat(CrisisFastTrackProcess.MESSAGE_POST_REVISED).isEqualTo(PostApprovalProcess.MESSAGE_POST_REVISED);
	}

	private static String messageOf(Collection<? extends EventDefinition> definitions) {
		return definitions.stream()
			.filter(MessageEventDefinition.class::isInstance)
			.map(d -> ((MessageEventDefinition) d).getMessage().getName())
			.findFirst()
			.orElse(null);
	}
}
