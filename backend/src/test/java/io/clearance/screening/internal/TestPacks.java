package io.clearance.screening.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Builders for pack folders in a temporary rules directory. */
final class TestPacks {

	private TestPacks() {
	}

	/** Copies the repository's rules/ into {@code target}. */
	static Path copyOfTheRules(Path target) {
		try (Stream<Path> files = Files.walk(Fixtures.RULES)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(Fixtures.RULES.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy);
				}
			}
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
			Files.writeString(temp, content);
			Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Rewrites one occurrence of {@code from} in a file, failing if it is not there. */
	static void replace(Path file, String from, String to) {
		String content = read(file);
		if (!content.contains(from)) {
			throw new IllegalArgumentException(file + " does not contain " + from);
		}
		write(file, content.replace(from, to));
	}

	static void setVersion(Path pack, String version) {
		String manifest = read(pack.resolve("pack.yaml"));
		write(pack.resolve("pack.yaml"), manifest.replaceFirst("(?m)^version: .*$", "version: " + version));
	}

	static void setEnabled(Path pack, boolean enabled) {
		String manifest = read(pack.resolve("pack.yaml"));
		write(pack.resolve("pack.yaml"), manifest.replaceFirst("(?m)^enabled: .*$", "enabled: " + enabled));
	}

	/** A minimal pack with one DRL file and one example; {@code drlBody} goes after the header. */
	static Path aPack(Path rules, String id, String drlBody, String examples) {
		Path pack = rules.resolve(id);
		write(pack.resolve("pack.yaml"), """
				id: %s
				name: Test pack %s
				version: 1.0.0
				categories: [PLATFORM_POLICY]
				enabled: true
				""".formatted(id, id));
		write(pack.resolve("rules.drl"), """
				package clearance.test;

				import io.clearance.screening.Category;
				import io.clearance.screening.Severity;
				import io.clearance.screening.Route;
				import io.clearance.screening.PostKind;
				import io.clearance.screening.internal.*;

				global io.clearance.screening.internal.Outcome outcome;

				""" + drlBody);
		write(pack.resolve("examples/examples.yaml"), examples);
		return pack;
	}

	/**
	 * Makes medical-claims (in {@code claims}) fail one of its examples: a new claim wording, "good results", and a new
	 * example that says "Good results need good habits." is clean.
	 */
	static void addAPhraseThatFailsAnExample(Path claims) {
		replace(claims.resolve("phrases.yaml"), "'\\bmoney[- ]back\\s+guarantee\\b'",
				"'\\bmoney[- ]back\\s+guarantee\\b'\n  - '\\bgood\\s+results\\b'");
		write(claims.resolve("examples/added.yaml"), """
				- name: good results are not a guarantee
				  text: "Good results need good habits."
				  platform: FACEBOOK
				  kind: POST
				  expect: []
				""");
	}
}
