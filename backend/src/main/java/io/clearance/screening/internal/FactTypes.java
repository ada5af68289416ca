package io.clearance.screening.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

/**
 * Which fact classes a pack's rules can match: those for which its KieBase has an object type node (a pattern on the
 * class, a superclass such as {@code Span}, or {@code Object}). Inserting a fact that no node accepts changes nothing
 * but costs a fact handle and its propagation, in every pack on every post; a pack whose rules never match
 * {@code Phrase} needs its phrases not even looked for. Worked out from the immutable KieBase, per class on first
 * use.
 */
final class FactTypes {

	private final List<ObjectType> nodeTypes;
	private final Map<Class<?>, Boolean> matched = new ConcurrentHashMap<>();

	FactTypes(KieBase kieBase) {
		List<ObjectType> types = null;
		if (kieBase instanceof InternalRuleBase ruleBase) {
			Collection<ObjectTypeNode> nodes = ruleBase.getRete().getObjectTypeNodes();
			types = nodes.stream().map(ObjectTypeNode::getObjectType).toList();
		}
		// a KieBase of another kind: every fact is inserted, as before
		this.nodeTypes = types;
	}

	/** Whether a fact of this class can match a pattern of the pack's rules. */
	boolean matches(Class<?> factClass) {
		if (nodeTypes == null) {
			return true;
		}
		Boolean known = matched.get(factClass);
		if (known != null) {
			return known;
		}
		return matched.computeIfAbsent(factClass, c -> {
			ClassObjectType type = new ClassObjectType(c);
			return nodeTypes.stream().anyMatch(node -> node.isAssignableFrom(type));
		});
	}
}
