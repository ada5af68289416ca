package io.clearance.modeler;

import java.util.List;

/**
 * The migration plan from one version to another (activities mapped by equal id), how many running instances it
 * would move, and why it cannot be applied (empty when it can).
 */
public record MigrationPreview(String sourceDefinitionId, String targetDefinitionId, List<Instruction> instructions,
		long instances, List<BpmnProblem> problems) {

	public record Instruction(List<String> sourceActivityIds, List<String> targetActivityIds) {
	}
}
