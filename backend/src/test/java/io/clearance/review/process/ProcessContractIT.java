package io.clearance.review.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every file in {@code processes/} deploys, and every deployed version of the approval process still has what
 * the Java side binds to ({@link PostApprovalProcess}).
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
					PostApprovalProcess.END_PUBLISHED, PostApprovalProcess.END_REJECTED)) {
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
		}
	}
}
