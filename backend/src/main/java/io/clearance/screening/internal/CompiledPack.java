package io.clearance.screening.internal;

import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import io.clearance.screening.PackVersion;
import io.clearance.screening.internal.Recognisers.TextFacts;

/**
 * One pack version that compiled and passed its examples: its own KieBase (immutable once built, shared by all
 * threads) and the data its rules match against. Each screening takes a session of its own from the pack's pool
 * (Drools' {@link KieSessionsPool}: a disposed session is reset, emptied of every fact, and handed out again), so
 * calls stay apart without paying for building a session's memories on every post.
 */
record CompiledPack(PackManifest manifest, KieBase kieBase, KieSessionsPool sessions, FactTypes factTypes,
		boolean declaresOutcome, List<Allowed> allowed, PhraseBook phrases, List<Example> examples, String fingerprint,
		String rulesDigest, SignalModel signals, PhraseBook phrasesOnSignal) {

	/** Sessions kept ready per pack: one per thread screening at once is enough; the pool grows when needed. */
	static final int POOLED_SESSIONS = 4;

	CompiledPack(PackManifest manifest, KieBase kieBase, boolean declaresOutcome, List<Allowed> allowed,
			PhraseBook phrases, List<Example> examples, String fingerprint, String rulesDigest) {
		this(manifest, kieBase, declaresOutcome, allowed, phrases, examples, fingerprint, rulesDigest, SignalModel.NONE);
	}

	/** With the pack's meaning signals ({@code signals.tsv}): on a post with a signal, every phrase group is looked for. */
	CompiledPack(PackManifest manifest, KieBase kieBase, boolean declaresOutcome, List<Allowed> allowed,
			PhraseBook phrases, List<Example> examples, String fingerprint, String rulesDigest, SignalModel signals) {
		this(manifest, kieBase, kieBase.newKieSessionsPool(POOLED_SESSIONS), new FactTypes(kieBase), declaresOutcome,
				allowed, phrases, examples, fingerprint, rulesDigest, signals, phrases.everyGroup());
	}

	/**
	 * The same pack looking for every phrase group on every post, as before {@link PhraseDemand}: for benchmarks
	 * and tests that compare the two.
	 */
	CompiledPack withEveryPhraseGroup() {
		return new CompiledPack(manifest, kieBase, declaresOutcome, allowed, phrases.everyGroup(), examples,
				fingerprint, rulesDigest, signals);
	}

	/** Guards against rules that keep re-activating each other: no sane pack fires this often on one post. */
	static final int MAX_FIRINGS = 10_000;

	String id() {
		return manifest.id();
	}

	String version() {
		return manifest.version();
	}

	PackVersion packVersion() {
		return new PackVersion(manifest.id(), manifest.version());
	}

	/**
	 * Runs the pack's rules on one post. Only facts its rules can match are inserted ({@link FactTypes}): the rest
	 * would reach no node, so the outcome is the same without them. A post of a kind the pack is not about
	 * ({@link PackManifest#screens}), or on which no rule of the pack can fire because each requires phrase groups
	 * the post does not have ({@link PhraseBook#findIfAnyRuleCanFire}), gets an empty outcome without a session: no
	 * rule would have fired, and only firing rules change an outcome.
	 */
	Outcome run(Post post, TextFacts facts) {
		Outcome outcome = new Outcome(id());
		if (!manifest.screens(post.getKind())) {
			// a pack about other kinds of post (pack.yaml `kinds`): nothing of it could match, so nothing is looked for
			return outcome;
		}
		// the pack's meaning signals (signals.tsv), when its rules can match them: rules on a signal are left out of
		// the phrase demand (PhraseDemand), so a post with a signal looks for every phrase group the pack has
		List<Signal> signals = factTypes.matches(Signal.class) ? this.signals.signals(facts.index()) : List.of();
		List<Phrase> found = !factTypes.matches(Phrase.class) ? List.of()
				: signals.isEmpty() ? phrases.findIfAnyRuleCanFire(facts.index()) : phrasesOnSignal.find(facts.index());
		if (found == null) {
			// every rule of the pack requires phrase groups (or a signal) this post does not have: none could fire
			return outcome;
		}
		KieSession session = sessions.newKieSession();
		try {
			if (declaresOutcome) {
				session.setGlobal("outcome", outcome);
			}
			session.insert(post);
			for (Span span : facts.spans()) {
				if (factTypes.matches(span.getClass())) {
					session.insert(span);
				}
			}
			for (Phrase phrase : found) {
				session.insert(phrase);
			}
			for (Signal signal : signals) {
				session.insert(signal);
			}
			if (factTypes.matches(Media.class)) {
				for (Media media : facts.media()) {
					session.insert(media);
				}
			}
			if (factTypes.matches(MediaPhrase.class)) {
				for (MediaPhrase phrase : phrases.findInMedia(facts.mediaIndexes())) {
					session.insert(phrase);
				}
			}
			if (factTypes.matches(Allowed.class)) {
				for (Allowed entry : allowed) {
					session.insert(entry);
				}
			}
			int fired = session.fireAllRules(MAX_FIRINGS);
			if (fired >= MAX_FIRINGS) {
				throw new IllegalStateException("rule pack " + id() + " " + version() + " fired " + fired
						+ " rules on one post: rules that re-trigger each other?");
			}
			return outcome;
		}
		catch (RuntimeException e) {
			throw new IllegalStateException("rule pack " + id() + " " + version() + " failed: " + e.getMessage(), e);
		}
		finally {
			session.dispose();
		}
	}
}
