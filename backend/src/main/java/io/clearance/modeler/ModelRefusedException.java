package io.clearance.modeler;

import io.clearance.shared.InvalidRequestException;
import java.util.List;
import java.util.Map;

/** A well-formed model that may not be deployed or migrated (422), with every problem found. */
public class ModelRefusedException extends InvalidRequestException {

	private final List<BpmnProblem> problems;

	public ModelRefusedException(String problemType, String message, List<BpmnProblem> problems) {
		super(problemType, message);
		this.problems = List.copyOf(problems);
	}

	public List<BpmnProblem> problems() {
		return problems;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("problems", problems);
	}
}
