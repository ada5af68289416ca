package io.clearance.screening.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader the DRL compiler resolves names through: the application's, with every answer remembered, the
 * "no such class" answers above all. Compiling a pack, MVEL tries each name a rule mentions against every import
 * ({@code java.lang.Foo}, {@code io.clearance.screening.internal.Foo}, ...), and in the executable jar each miss is
 * looked up in all ~180 nested jars of {@code BOOT-INF/lib}, one URL connection per jar: most of the packs' compile
 * time at start-up went there (docs/benchmarks.md, start-up). The application's class path does not change while
 * it runs, so an answer stays true; classes Drools generates are defined in its own loader beneath this one.
 */
final class KnownClasses extends ClassLoader {

	static {
		registerAsParallelCapable();
	}

	/** Shared by every pack and every compile (the answers are the same for all of them). */
	static final KnownClasses APPLICATION = new KnownClasses(PackCompiler.class.getClassLoader());

	/** Stands for "the parent has no such class" in {@link #known}. */
	private static final Object MISSING = new Object();

	private final Map<String, Object> known = new ConcurrentHashMap<>();

	KnownClasses(ClassLoader parent) {
		super("rule-pack-classes", parent);
	}

	@Override
	protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
		Object answer = known.get(name);
		if (answer == null) {
			try {
				answer = getParent().loadClass(name);
			}
			catch (ClassNotFoundException e) {
				answer = MISSING;
			}
			known.putIfAbsent(name, answer);
		}
		if (answer == MISSING) {
			throw new ClassNotFoundException(name);
		}
		return (Class<?>) answer;
	}

	/** How many names have been answered (for tests). */
	int size() {
		return known.size();
	}
}
