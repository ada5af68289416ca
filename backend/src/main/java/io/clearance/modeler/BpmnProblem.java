package io.clearance.modeler;

/**
 * One reason a BPMN model cannot be deployed: the element concerned (null when it concerns the whole file), the rule
 * it breaks (a stable slug such as {@code missing-delegate} or {@code contract}) and a sentence for a person.
 */
public record BpmnProblem(String elementId, String rule, String message) {

	/** Rules that mean the file is not BPMN XML at all; such a deployment is refused with 400, the others with 422. */
	public boolean isMalformed() {
		return "not-xml".equals(rule);
	}
}
