package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.drools.base.RuleBase;
import org.junit.jupiter.api.Test;

class KnownClassesTest {

	/** The application's loader, recording every name it is asked for. */
	static final class Recording extends ClassLoader {

		final List<String> asked = new ArrayList<>();

		Recording() {
			super(KnownClassesTest.class.getClassLoader());
		}

		@Override
		protected synchronized Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			asked.add(name);
			return super.loadClass(name, resolve);
		}
	}

	@Test
	void asksTheApplicationOnceForEachNameFoundOrNot() throws Exception {
		Recording application = new Recording();
		KnownClasses known = new KnownClasses(application);

		for (int i = 0; i < 3; i++) {
			assertThat(known.loadClass("io.clearance.screening.internal.Outcome")).isSameAs(Outcome.class);
			assertThatThrownBy(() -> known.loadClass("java.lang.Outcome")).isInstanceOf(ClassNotFoundException.class)
				.hasMessage("java.lang.Outcome");
		}

		assertThat(application.asked).containsExactly("io.clearance.screening.internal.Outcome", "java.lang.Outcome");
		assertThat(known.size()).isEqualTo(2);
	}

	@Test
	void aCompiledPacksRulesResolveNamesThroughTheRememberedLookups() throws Exception {
		PackCompiler compiler = new PackCompiler(new Screener(new Recognisers("US")));
		PackSource source = new PackSources.Directory(Fixtures.RULES).read("medical-claims").orElseThrow();
		CompiledPack pack = compiler.compileWithoutExamples(source);

		// the compiler's loader, and the KieBase's (through which Drools compiles each MVEL constraint again the
		// first time it is evaluated, while the examples run)
		ClassLoader kieBaseLoader = ((RuleBase) pack.kieBase()).getRootClassLoader();
		assertThat(ancestors(kieBaseLoader)).contains(KnownClasses.APPLICATION);
		for (Example example : pack.examples()) {
			assertThat(compiler.run(pack, example)).as(example.name()).isNull();
		}
	}

	private static List<ClassLoader> ancestors(ClassLoader loader) {
		List<ClassLoader> chain = new ArrayList<>();
		for (ClassLoader l = loader; l != null; l = l.getParent()) {
			chain.add(l);
		}
		return chain;
	}
}
