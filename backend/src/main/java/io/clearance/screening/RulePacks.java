package io.clearance.screening;

import java.util.List;

/** Read access to the rule-pack registry. */
public interface RulePacks {

	List<RulePackStatus> list();
}
