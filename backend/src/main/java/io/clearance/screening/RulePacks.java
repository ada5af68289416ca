package io.clearance.screening;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rule-pack registry: what screens, and the changes rules administrators make through the API. */
public interface RulePacks {

	List<RulePackStatus> list();

	/**
	 * Compiles the pack as it is on disk now and runs each of its examples against it, without changing what
	 * screens. Empty when there is no such pack.
	 */
	default Optional<ExampleRun> runExamples(String packId) {
		return Optional.empty();
	}

	/**
	 * Switches a pack on or off by rewriting {@code enabled:} in its {@code pack.yaml} (the file stays the source of
	 * truth) and reloads. Throws {@link RulesReadOnlyException} when the rules folder cannot be written.
	 */
	default RulePackStatus setEnabled(String packId, boolean enabled) {
		throw new RulesReadOnlyException("This registry cannot change packs.");
	}

	/**
	 * Installs a new version of a pack from its files (path relative to the pack folder → content): validated in a
	 * staging folder exactly as a change on disk would be (compile, examples, version), then put in place of the old
	 * folder in one move and loaded. Throws {@link RulePackRefusedException} (nothing changed) when refused,
	 * {@link InvalidRulePackException} when the files are not a pack.
	 */
	default RulePackStatus install(Map<String, byte[]> files) {
		throw new RulesReadOnlyException("This registry cannot change packs.");
	}

	/**
	 * The allow list of the pack as it is on disk now ({@code allowlist.yaml}); empty when the pack has none. Throws
	 * {@link io.clearance.shared.NotFoundException} for an unknown pack.
	 */
	default Optional<OrganisationAllowList> allowList(String packId) {
		return Optional.empty();
	}

	/**
	 * Rewrites the pack's {@code allowlist.yaml} (its leading comments kept) and raises the last number of its
	 * version, then installs that as a new version exactly like {@link #install}: refused (nothing changed) when an
	 * entry is not what its list holds or the pack's examples fail with it.
	 */
	default RulePackStatus replaceAllowList(String packId, OrganisationAllowList allowList) {
		throw new RulesReadOnlyException("This registry cannot change packs.");
	}
}
