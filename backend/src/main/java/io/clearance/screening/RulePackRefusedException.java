package io.clearance.screening;

import io.clearance.shared.InvalidRequestException;
import java.util.Map;

/**
 * A new pack version that the registry refuses exactly as it would refuse it on disk: DRL that does not compile,
 * an example that fails, the same version number for changed rules (422). Nothing on disk was changed.
 */
public class RulePackRefusedException extends InvalidRequestException {

	private final String error;

	public RulePackRefusedException(String packId, String error) {
		super("rule-pack-refused", "Rule pack " + packId + " was refused and nothing was changed: " + error);
		this.error = error;
	}

	public String error() {
		return error;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("error", error);
	}
}
