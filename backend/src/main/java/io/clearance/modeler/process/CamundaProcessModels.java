package io.clearance.modeler.process;

import io.clearance.modeler.ActivityCount;
import io.clearance.modeler.BpmnProblem;
import io.clearance.modeler.DeployedDefinition;
import io.clearance.modeler.MigrationPreview;
import io.clearance.modeler.ModelRefusedException;
import io.clearance.modeler.ProcessEngineModels;
import io.clearance.modeler.ProcessVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** The modeler's view of the engine: validation, deployment, versions, live counts and migration. */
@Component
class CamundaProcessModels implements ProcessEngineModels {

	/** Deployments made from the modeler carry this source; those of {@code processes/} carry the folder's path. */
	static final String MODELER_SOURCE = "clearance-modeler";

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final BpmnValidator validator;

	CamundaProcessModels(RepositoryService repository, RuntimeService runtime, ManagementService management,
			BpmnValidator validator) {
		this.repository = repository;
		this.runtime = runtime;
		this.management = management;
		this.validator = validator;
	}

	@Override
	public List<BpmnProblem> validate(byte[] xml) {
		return validator.validate(xml);
	}

	@Override
	public DeployedDefinition deploy(String fileName, byte[] xml) {
		var result = repository.createDeployment()
			.name(MODELER_SOURCE)
			.source(MODELER_SOURCE)
			.addInputStream(fileName, new ByteArrayInputStream(xml))
			.deployWithResult();
		ProcessDefinition definition = result.getDeployedProcessDefinitions().get(0);
		return new DeployedDefinition(definition.getId(), definition.getKey(), definition.getVersion(),
				result.getId());
	}

	@Override
	public List<ProcessVersion> versions() {
		Map<String, Deployment> deployments = new HashMap<>();
		repository.createDeploymentQuery().list().forEach(d -> deployments.put(d.getId(), d));
		Map<String, long[]> counts = counts();
		return repository.createProcessDefinitionQuery().list().stream()
			.map(d -> view(d, deployments.get(d.getDeploymentId()), counts.get(d.getId())))
			.sorted(Comparator.comparing(ProcessVersion::deployedAt, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(ProcessVersion::key)
				.thenComparing(ProcessVersion::version, Comparator.reverseOrder()))
			.toList();
	}

	@Override
	public Optional<ProcessVersion> version(String definitionId) {
		ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(definitionId)
			.singleResult();
		if (definition == null) {
			return Optional.empty();
		}
		Deployment deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId())
			.singleResult();
		long instances = runtime.createProcessInstanceQuery().processDefinitionId(definitionId).count();
		long incidents = runtime.createIncidentQuery().processDefinitionId(definitionId).count();
		return Optional.of(view(definition, deployment, new long[] { instances, incidents }));
	}

	@Override
	public Optional<byte[]> xml(String definitionId) {
		if (repository.createProcessDefinitionQuery().processDefinitionId(definitionId).count() == 0) {
			return Optional.empty();
		}
		try (InputStream in = repository.getProcessModel(definitionId)) {
			return Optional.of(in.readAllBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public Optional<ProcessVersion> previousVersion(String key, int version) {
		if (version <= 1) {
			return Optional.empty();
		}
		ProcessDefinition previous = repository.createProcessDefinitionQuery().processDefinitionKey(key)
			.processDefinitionVersion(version - 1).withoutTenantId().singleResult();
		return previous == null ? Optional.empty() : version(previous.getId());
	}

	@Override
	public List<ActivityCount> activityCounts(String definitionId) {
		List<ActivityCount> counts = new ArrayList<>();
		for (ActivityStatistics statistics : management.createActivityStatisticsQuery(definitionId).includeIncidents()
			.list()) {
			counts.add(new ActivityCount(statistics.getId(), statistics.getInstances(),
					incidents(statistics.getIncidentStatistics())));
		}
		counts.sort(Comparator.comparing(ActivityCount::activityId));
		return counts;
	}

	@Override
	public MigrationPreview previewMigration(String sourceDefinitionId, String targetDefinitionId) {
		long instances = runtime.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId).count();
		try {
			MigrationPlan plan = plan(sourceDefinitionId, targetDefinitionId);
			return new MigrationPreview(sourceDefinitionId, targetDefinitionId, instructions(plan), instances,
					List.of());
		}
		catch (ModelRefusedException e) {
			return new MigrationPreview(sourceDefinitionId, targetDefinitionId, List.of(), instances, e.problems());
		}
	}

	@Override
	public long migrate(String sourceDefinitionId, String targetDefinitionId) {
		MigrationPlan plan = plan(sourceDefinitionId, targetDefinitionId);
		long instances = runtime.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId).count();
		if (instances == 0) {
			return 0;
		}
		try {
			runtime.newMigration(plan)
				.processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId))
				.execute();
		}
		catch (MigratingProcessInstanceValidationException e) {
			throw new ModelRefusedException("migration-refused",
					"The running instances cannot be migrated; none was moved.", problems(e.getValidationReport()));
		}
		return instances;
	}

	private MigrationPlan plan(String sourceDefinitionId, String targetDefinitionId) {
		try {
			return runtime.createMigrationPlan(sourceDefinitionId, targetDefinitionId).mapEqualActivities().build();
		}
		catch (MigrationPlanValidationException e) {
			List<BpmnProblem> problems = new ArrayList<>();
			for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
				for (String failure : report.getFailures()) {
					problems.add(new BpmnProblem(report.getMigrationInstruction().getSourceActivityId(),
							"migration-plan", failure));
				}
			}
			e.getValidationReport().getVariableReports().forEach((name, report) -> report.getFailures()
				.forEach(f -> problems.add(new BpmnProblem(null, "migration-plan", name + ": " + f))));
			throw new ModelRefusedException("migration-refused", "The migration plan is not valid.", problems);
		}
		catch (ProcessEngineException e) {
			throw new ModelRefusedException("migration-refused", "No migration plan: " + e.getMessage(),
					List.of(new BpmnProblem(null, "migration-plan", e.getMessage())));
		}
	}

	private static List<MigrationPreview.Instruction> instructions(MigrationPlan plan) {
		List<MigrationPreview.Instruction> instructions = new ArrayList<>();
		for (MigrationInstruction instruction : plan.getInstructions()) {
			instructions.add(new MigrationPreview.Instruction(List.of(instruction.getSourceActivityId()),
					List.of(instruction.getTargetActivityId())));
		}
		return instructions;
	}

	private static List<BpmnProblem> problems(MigratingProcessInstanceValidationReport report) {
		List<BpmnProblem> problems = new ArrayList<>();
		report.getFailures().forEach(f -> problems.add(new BpmnProblem(null, "migration-instance",
				report.getProcessInstanceId() + ": " + f)));
		for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
			activity.getFailures().forEach(f -> problems.add(new BpmnProblem(activity.getSourceScopeId(),
					"migration-instance", report.getProcessInstanceId() + ": " + f)));
		}
		for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
			transition.getFailures().forEach(f -> problems.add(new BpmnProblem(transition.getSourceScopeId(),
					"migration-instance", report.getProcessInstanceId() + ": " + f)));
		}
		return problems;
	}

	/** Running instances and open incidents of every definition. */
	private Map<String, long[]> counts() {
		Map<String, long[]> counts = new HashMap<>();
		for (ProcessDefinitionStatistics statistics : management.createProcessDefinitionStatisticsQuery()
			.includeIncidents().list()) {
			counts.put(statistics.getId(),
					new long[] { statistics.getInstances(), incidents(statistics.getIncidentStatistics()) });
		}
		return counts;
	}

	private static long incidents(List<IncidentStatistics> statistics) {
		return statistics == null ? 0 : statistics.stream().mapToLong(IncidentStatistics::getIncidentCount).sum();
	}

	private static ProcessVersion view(ProcessDefinition definition, Deployment deployment, long[] counts) {
		boolean fromModeler = deployment != null && MODELER_SOURCE.equals(deployment.getSource());
		return new ProcessVersion(definition.getId(), definition.getKey(), definition.getName(),
				definition.getVersion(), definition.getDeploymentId(),
				deployment == null || deployment.getDeploymentTime() == null ? null
						: deployment.getDeploymentTime().toInstant(),
				fromModeler ? ProcessVersion.Source.MODELER : ProcessVersion.Source.FILE, counts == null ? 0 : counts[0],
				counts == null ? 0 : counts[1]);
	}
}
