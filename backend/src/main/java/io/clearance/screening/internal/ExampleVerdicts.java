package io.clearance.screening.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pack versions whose examples all passed, kept so that an unchanged pack in an unchanged build of the application
 * does not run its examples again at every start (issue 10: they were a third of the rule packs' load, which the
 * start-up waits for).
 *
 * <p>
 * Whether a pack's examples pass depends only on the pack's files and on the code that screens them, so a verdict's
 * key is the digest of both: the pack folder's {@link PackSource#fingerprint() fingerprint} and the {@code context},
 * the application's build ({@link ApplicationBuild}) with the JVM and the settings the recognisers read. Without a
 * build fingerprint nothing is kept ({@link #off}) and the examples always run. Only passes are kept: a pack whose
 * examples fail runs them, and is refused, at every load.
 *
 * <p>
 * The file is small text, one line per verdict of the current context, rewritten whole (a temporary file, then a
 * move), so a reader sees the old file or the new one. A missing, unreadable or corrupt file counts as empty (the
 * examples run, which is always safe) and is logged once; so is a file that cannot be written.
 */
final class ExampleVerdicts {

	static final String FILE = "rule-pack-verdicts.txt";

	/** Verdicts kept per pack: the versions a rule owner may go back to, not every save of a long-running server. */
	static final int KEPT_PER_PACK = 4;

	private static final Logger log = LoggerFactory.getLogger(ExampleVerdicts.class);

	private static final Pattern HEX_DIGEST = Pattern.compile("[0-9a-f]{64}");

	private static final String HEADER = """
			# The rule packs whose examples all passed, kept by Clearance so that an unchanged pack in an unchanged
			# build of the application does not run them again at every start (rules/README.md, "Loading, refusal,
			# reload"). Deleting this file is safe: the examples then run again.
			""";

	/** One pack version whose examples all passed under the current context. */
	record Verdict(String key, String pack, int examples, Instant passedAt, String version) {
	}

	private final Path file;
	private final String context;
	private final String offReason;
	/** By key, oldest first; null until the file was read. */
	private Map<String, Verdict> verdicts;
	private boolean writeFailureLogged;

	private ExampleVerdicts(Path file, String context, String offReason) {
		this.file = file == null ? null : file.toAbsolutePath().normalize();
		this.context = context;
		this.offReason = offReason;
	}

	/** Verdicts kept in {@code file}, valid for {@code context} only (the build and what else screening depends on). */
	static ExampleVerdicts in(Path file, String context) {
		return new ExampleVerdicts(file, sha256(context.getBytes(StandardCharsets.UTF_8)), null);
	}

	/** Nothing kept: every pack runs its examples at every load. */
	static ExampleVerdicts off(String reason) {
		return new ExampleVerdicts(null, null, reason);
	}

	boolean isOn() {
		return offReason == null;
	}

	/** Where the verdicts are kept, or why they are not. */
	String describe() {
		return isOn() ? file.toString() : "not kept: " + offReason;
	}

	/** The kept pass of exactly this pack version (these files, this context), if there is one. */
	synchronized Optional<Verdict> passed(PackSource source) {
		if (!isOn()) {
			return Optional.empty();
		}
		return Optional.ofNullable(verdicts().get(key(source)));
	}

	/**
	 * Keeps the pass of this pack version's examples (all {@code examples} of them passed at {@code at}) and rewrites
	 * the file.
	 */
	synchronized Verdict recordPass(PackSource source, String version, int examples, Instant at) {
		Verdict verdict = new Verdict(key(source), source.folder(), examples, at.truncatedTo(ChronoUnit.MILLIS),
				version);
		if (!isOn()) {
			return verdict;
		}
		Map<String, Verdict> all = verdicts();
		all.remove(verdict.key());
		all.put(verdict.key(), verdict);
		prune(all);
		write(all);
		return verdict;
	}

	/** Drops every kept pass of the pack in folder {@code pack}: its examples run at its next load. */
	synchronized void forget(String pack) {
		if (!isOn()) {
			return;
		}
		Map<String, Verdict> all = verdicts();
		if (all.values().removeIf(verdict -> verdict.pack().equals(pack))) {
			write(all);
		}
	}

	private String key(PackSource source) {
		String identity = context + '\n' + source.folder() + '\n' + source.fingerprint();
		return sha256(identity.getBytes(StandardCharsets.UTF_8));
	}

	private Map<String, Verdict> verdicts() {
		if (verdicts == null) {
			verdicts = read();
		}
		return verdicts;
	}

	private Map<String, Verdict> read() {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException e) {
			log.info("No kept verdicts of the rule packs' examples at {} yet: every pack runs its examples", file);
			return new LinkedHashMap<>();
		}
		catch (IOException | RuntimeException e) {
			log.warn("Cannot read the kept verdicts of the rule packs' examples at {} ({}): every pack runs its"
					+ " examples", file, e.toString());
			return new LinkedHashMap<>();
		}
		try {
			return parse(lines);
		}
		catch (IllegalArgumentException e) {
			log.warn("Ignoring the kept verdicts of the rule packs' examples at {}, which are not what this server"
					+ " writes ({}): every pack runs its examples", file, e.getMessage());
			return new LinkedHashMap<>();
		}
	}

	/** The verdicts of the current context; throws IllegalArgumentException on anything this class does not write. */
	private Map<String, Verdict> parse(List<String> lines) {
		Map<String, Verdict> read = new LinkedHashMap<>();
		String build = null;
		int number = 0;
		for (String line : lines) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split(" ", 6);
			if (build == null) {
				if (fields.length != 2 || !fields[0].equals("context") || !HEX_DIGEST.matcher(fields[1]).matches()) {
					throw new IllegalArgumentException("line " + number + ": no \"context <digest>\" line first");
				}
				build = fields[1];
				continue;
			}
			if (fields.length != 6 || !fields[0].equals("passed") || !HEX_DIGEST.matcher(fields[1]).matches()
					|| !PackCompiler.isPackId(fields[2])) {
				throw new IllegalArgumentException("line " + number + ": not \"passed <key> <pack> <examples> <time>"
						+ " <version>\"");
			}
			try {
				int examples = Integer.parseInt(fields[3]);
				if (examples < 1) {
					throw new IllegalArgumentException("line " + number + ": no examples");
				}
				read.put(fields[1], new Verdict(fields[1], fields[2], examples, Instant.parse(fields[4]), fields[5]));
			}
			catch (NumberFormatException | DateTimeParseException e) {
				throw new IllegalArgumentException("line " + number + ": " + e.getMessage());
			}
		}
		if (build == null) {
			throw new IllegalArgumentException("no \"context <digest>\" line");
		}
		if (!build.equals(context)) {
			log.info("The kept verdicts of the rule packs' examples at {} are of another build of the application"
					+ " (or JVM, or phone region): every pack runs its examples", file);
			return new LinkedHashMap<>();
		}
		return read;
	}

	/** Keeps the newest {@link #KEPT_PER_PACK} verdicts of each pack. */
	private static void prune(Map<String, Verdict> all) {
		Map<String, Integer> kept = new HashMap<>();
		List<Verdict> newestFirst = new ArrayList<>(all.values());
		Collections.reverse(newestFirst);
		for (Verdict verdict : newestFirst) {
			if (kept.merge(verdict.pack(), 1, Integer::sum) > KEPT_PER_PACK) {
				all.remove(verdict.key());
			}
		}
	}

	private void write(Map<String, Verdict> all) {
		StringBuilder text = new StringBuilder(HEADER).append("context ").append(context).append('\n');
		for (Verdict verdict : all.values()) {
			text.append("passed ").append(verdict.key()).append(' ').append(verdict.pack()).append(' ')
				.append(verdict.examples()).append(' ').append(verdict.passedAt()).append(' ')
				.append(verdict.version().replaceAll("\\s", "_")).append('\n');
		}
		Path temporary = null;
		try {
			Path folder = file.getParent();
			Files.createDirectories(folder);
			temporary = folder.resolve("." + FILE + "." + UUID.randomUUID() + ".tmp");
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			try {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException | RuntimeException e) {
			if (!writeFailureLogged) {
				writeFailureLogged = true;
				log.warn("Cannot keep the verdicts of the rule packs' examples at {} ({}): they are kept in memory"
						+ " only, and the next start runs every pack's examples", file, e.toString());
			}
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ignored) {
					// a left-over temporary file is hidden and harmless
				}
			}
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
