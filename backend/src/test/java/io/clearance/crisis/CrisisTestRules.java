package io.clearance.crisis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A rules folder for crisis tests: the repository's packs, except the real {@code crisis} pack, plus the test-only
 * {@code crisis-test} pack ({@code src/test/resources/test-rules/}), which lets every crisis update that is not
 * sponsored onto the fast track. Tests then depend only on {@code fastTrackEligible}, not on the crisis pack's policy.
 * Use {@link #PROPERTY} and {@link #ENGINE} in {@code @SpringBootTest(properties = ...)} and call {@link #install()}
 * from a static initializer, so the folder exists before the context starts.
 */
public final class CrisisTestRules {

	public static final String DIR = "target/crisis-test-rules";

	public static final String PROPERTY = "clearance.rules.dir=" + DIR;

	/**
	 * These tests run an application context of their own (another rules folder). Its engine gets a name of its own:
	 * the engine REST API finds its engine by name in Camunda's static registry, so a second engine named
	 * {@code default} would take the place of the shared test application's, whose {@code /engine-rest} tests would
	 * then talk to the wrong engine.
	 */
	public static final String ENGINE = "camunda.bpm.process-engine-name=crisisTests";

	private static final Path REPOSITORY_RULES = Path.of("../rules");

	private static final Path TEST_PACK = Path.of("src/test/resources/test-rules/crisis-test");

	private static boolean installed;

	private CrisisTestRules() {
	}

	public static synchronized void install() {
		if (installed) {
			return;
		}
		Path target = Path.of(DIR);
		try {
			if (Files.exists(target)) {
				try (Stream<Path> old = Files.walk(target)) {
					for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(p);
					}
				}
			}
			Files.createDirectories(target);
			try (Stream<Path> packs = Files.list(REPOSITORY_RULES)) {
				for (Path pack : packs.filter(Files::isDirectory).toList()) {
					if (!pack.getFileName().toString().equals("crisis")) {
						copy(pack, target.resolve(pack.getFileName().toString()));
					}
				}
			}
			copy(TEST_PACK, target.resolve("crisis-test"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		installed = true;
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path copy = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
		}
	}
}
