package io.clearance.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

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
}
