package io.clearance.shared;

/**
 * A refused request, with the reason a person can read. Each subclass maps to one HTTP status; the
 * {@code problemType} is the last segment of a stable problem type URI.
 */
public abstract class DomainException extends RuntimeException {

	private final String problemType;

	protected DomainException(String problemType, String message) {
		super(message);
		this.problemType = problemType;
	}

	public String problemType() {
		return problemType;
	}

	/** Extra members of the problem detail (e.g. the list of problems found in an upload); none by default. */
	public java.util.Map<String, Object> properties() {
		return java.util.Map.of();
	}
}
