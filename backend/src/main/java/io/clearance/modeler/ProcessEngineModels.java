package io.clearance.modeler;

import java.util.List;
import java.util.Optional;

/** What the modeler needs from the process engine; implemented in {@code modeler.process}. */
public interface ProcessEngineModels {

	/** Every problem that would keep {@code xml} from deploying safely; empty when it may be deployed. */
	List<BpmnProblem> validate(byte[] xml);

	/** Deploys a validated model as a new version (joins the caller's transaction). */
	DeployedDefinition deploy(String fileName, byte[] xml);

	/** Every version of every process, newest first. */
	List<ProcessVersion> versions();

	Optional<ProcessVersion> version(String definitionId);

	/** The BPMN XML of a version. */
	Optional<byte[]> xml(String definitionId);

	/** The version before {@code version} of the process {@code key}, if there is one. */
	Optional<ProcessVersion> previousVersion(String key, int version);

	List<ActivityCount> activityCounts(String definitionId);

	MigrationPreview previewMigration(String sourceDefinitionId, String targetDefinitionId);

	/** Moves every running instance of the source version to the target; the number moved. */
	long migrate(String sourceDefinitionId, String targetDefinitionId);
}
