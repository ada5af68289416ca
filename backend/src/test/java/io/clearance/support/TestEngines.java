package io.clearance.support;

/**
 * Process engine names of the test contexts that differ from the shared application context. The engine registers
 * itself by name in a JVM-wide registry, and {@code /engine-rest} serves the engine named {@code default}: a second
 * context with that name would take the place of the shared context's engine, and the shared context's
 * {@code /engine-rest} tests would then read another database. Every other context names its engine.
 */
public final class TestEngines {

	public static final String NAME = "camunda.bpm.process-engine-name";

	public static final String PROCESS_TESTS = NAME + "=processTests";

	public static final String PUBLISHING_TESTS = NAME + "=publishingTests";

	public static final String HISTORY_CLEANUP_TESTS = NAME + "=historyCleanupTests";

	private TestEngines() {
	}
}
