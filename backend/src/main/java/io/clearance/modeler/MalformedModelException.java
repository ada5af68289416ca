package io.clearance.modeler;

import io.clearance.shared.DomainException;
import java.util.List;
import java.util.Map;

/** The upload is not XML at all (400), or the request names no usable file; with the problem found. */
public class MalformedModelException extends DomainException {

	private final List<BpmnProblem> problems;

	public MalformedModelException(String problemType, String message, List<BpmnProblem> problems) {
		super(problemType, message);
		this.problems = List.copyOf(problems);
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("problems", problems);
	}
}
