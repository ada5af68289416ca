package io.clearance.review.process;

import io.clearance.support.TestEngines;
import static org.assertj.core.api.Assertions.assertThat;

import io.clearance.crisis.process.CrisisFastTrackProcess;
import io.clearance.process.ProcessContract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every file in {@code processes/} deploys, and every deployed version of the approval process and of the crisis fast
 * track still has what the Java side binds to: the contracts {@link PostApprovalProcess#CONTRACT} and
 * {@link CrisisFastTrackProcess#CONTRACT}, checked by the same {@link ProcessContract#check} the modeler uses.
 */
@SpringBootTest(properties = { "camunda.bpm.job-execution.enabled=false", TestEngines.PROCESS_TESTS })
@ActiveProfiles("test")
class ProcessContractIT {

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	ApplicationContext beans;

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
		assertEveryVersionSatisfies(PostApprovalProcess.CONTRACT);
	}

	@Test
	void everyDeployedVersionOfTheCrisisFastTrackSatisfiesItsContract() {
		assertEveryVersionSatisfies(CrisisFastTrackProcess.CONTRACT);
	}

	@Test
	void theShippedFilesSatisfyTheContractsTheModelerChecks() throws IOException {
		for (var entry : Map.of("post-approval.bpmn", PostApprovalProcess.CONTRACT, "crisis-fast-track.bpmn",
				CrisisFastTrackProcess.CONTRACT).entrySet()) {
			BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("../processes", entry.getKey()).toFile());
			assertThat(entry.getValue().check(model, beans::containsBean)).as(entry.getKey()).isEmpty();
		}
	}

	@Test
	void theContractNamesTheElementThatBreaksIt() throws IOException {
		String xml = Files.readString(Path.of("../processes/post-approval.bpmn"))
			.replace("${publishPostDelegate}", "${somethingElse}")
			.replace("${decision == 'APPROVE'}", "${decison == 'APPROVE'}")
			.replace("camunda:candidateGroups=\"legal\"", "camunda:candidateGroups=\"authors\"");
		BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

		List<ProcessContract.Violation> violations = PostApprovalProcess.CONTRACT.check(model, beans::containsBean);

		assertThat(violations).extracting(ProcessContract.Violation::elementId)
			.contains(PostApprovalProcess.TASK_PUBLISH_POST, PostApprovalProcess.TASK_LEGAL_SIGN_OFF,
					"Flow_ComplianceApproved");
		assertThat(violations).anySatisfy(v -> assertThat(v.message()).contains("decison"));
	}

	private void assertEveryVersionSatisfies(ProcessContract contract) {
		List<ProcessDefinition> versions = repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey(contract.processKey())
			.list();
		assertThat(versions).isNotEmpty();
		for (ProcessDefinition version : versions) {
			BpmnModelInstance model = repositoryService.getBpmnModelInstance(version.getId());
			assertThat(contract.check(model, beans::containsBean)).as(version.getId()).isEmpty();
		}
	}

	@Test
	void bothProcessesUseTheVariableNamesTheReviewInboxAndItsGuardRelyOn() {
		assertThat(CrisisFastTrackProcess.Var.POST_ID).isEqualTo(PostApprovalProcess.Var.POST_ID);
		assertThat(CrisisFastTrackProcess.Var.DECISION).isEqualTo(PostApprovalProcess.Var.DECISION);
		assertThat(CrisisFastTrackProcess.Var.AUTHOR).isEqualTo(PostApprovalProcess.Var.AUTHOR);
		assertThat(CrisisFastTrackProcess.MESSAGE_POST_REVISED).isEqualTo(PostApprovalProcess.MESSAGE_POST_REVISED);
	}
}
