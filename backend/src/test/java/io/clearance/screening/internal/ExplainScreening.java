package io.clearance.screening.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

/**
 * A rule owner's look inside one screening: for each evaluation post named in {@code -Dclearance.explain.ids}
 * (comma-separated ids, e.g. {@code h10-022}), every fact each pack's rules inserted and every rule that fired, so
 * one can see why a finding appeared or did not. Prints only; not part of the build's tests (it asserts nothing and
 * runs nothing without the property):
 * {@code ./mvnw -B -pl backend -am test -Dskip.npm -Dskip.installnodenpm -Dtest=ExplainScreening
 * -Dsurefire.failIfNoSpecifiedTests=false -Dclearance.explain.ids=h10-022}
 */
class ExplainScreening {

	@Test
	void explain() throws Exception {
		String ids = System.getProperty("clearance.explain.ids", "");
		if (ids.isBlank()) {
			return;
		}
		Screener screener = new Screener(new Recognisers("US"));
		PackCompiler compiler = new PackCompiler(screener);
		List<CompiledPack> packs = new ArrayList<>();
		StringBuilder log = new StringBuilder();
		for (PackSource source : new PackSources.Directory(Fixtures.RULES).read()) {
			CompiledPack pack = compiler.compileWithoutExamples(source);
			packs.add(new CompiledPack(pack.manifest(), pack.kieBase(), new Listening(pack, log), pack.factTypes(),
					pack.declaresOutcome(), pack.allowed(), pack.phrases(), pack.examples(), pack.fingerprint(),
					pack.rulesDigest(), pack.signals(), pack.phrasesOnSignal()));
		}
		Map<String, Evaluation.Case> cases = new java.util.HashMap<>();
		for (Evaluation.Case c : Evaluation.cases()) {
			cases.put(c.id(), c);
		}
		for (String id : ids.split(",")) {
			Evaluation.Case c = cases.get(id.trim());
			log.setLength(0);
			var result = screener.screen(c.request(), packs);
			System.out.println("=== " + c.id() + " expected " + c.route() + " " + c.categories() + "\n" + c.text()
					+ "\n" + log + "--> " + result.route() + " " + result.findings().stream()
						.map(f -> f.ruleId() + " \"" + c.text().substring(f.start(), f.end()) + "\"").toList());
		}
	}

	/** Hands out plain sessions of the pack that log what they insert and fire. */
	private record Listening(CompiledPack pack, StringBuilder log) implements KieSessionsPool {

		@Override
		public KieSession newKieSession() {
			KieSession session = pack.kieBase().newKieSession();
			String id = pack.id();
			session.addEventListener(new DefaultRuleRuntimeEventListener() {
				@Override
				public void objectInserted(ObjectInsertedEvent event) {
					Object o = event.getObject();
					if (!(o instanceof Post) && !(o instanceof Allowed)) {
						log.append("  ").append(id).append(" + ").append(describe(o))
							.append(event.getRule() == null ? "" : "   <= " + event.getRule().getName()).append('\n');
					}
				}
			});
			session.addEventListener(new DefaultAgendaEventListener() {
				@Override
				public void afterMatchFired(AfterMatchFiredEvent event) {
					log.append("  ").append(id).append(" fired ").append(event.getMatch().getRule().getName())
						.append('\n');
				}
			});
			return session;
		}

		private static String describe(Object o) {
			if (o instanceof PersonName name) {
				return name + " \"" + name.getText() + "\"" + (name.isOrganisation() ? " organisation" : "")
						+ (name.isStaffTitle() ? " staff" : "") + (name.isPatientContext() ? " patient" : "")
						+ (name.getCue() == null ? "" : " cue=" + name.getCue());
			}
			String s = o.toString();
			return s.contains("@") && !s.contains("[") ? o.getClass().getSimpleName() + " " + s : s;
		}

		@Override
		public KieSession newKieSession(KieSessionConfiguration configuration) {
			return newKieSession();
		}

		// The screener only ever asks a pool for newKieSession(); stateless sessions are never used, so this listening
		// pool does not offer them (a call would be a change in the screener this tool must then follow).
		@Override
		public StatelessKieSession newStatelessKieSession() {
			throw new UnsupportedOperationException();
		}

		@Override
		public StatelessKieSession newStatelessKieSession(KieSessionConfiguration configuration) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void shutdown() {
		}
	}
}
