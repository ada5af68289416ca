package io.clearance.screening.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import io.clearance.screening.ExampleRun;
import io.clearance.screening.ExampleRun.ExampleResult;
import io.clearance.screening.RulePackStatus;
import io.clearance.screening.InvalidRulePackException;
import io.clearance.screening.OrganisationAllowList;
import io.clearance.screening.RulePackRefusedException;
import io.clearance.screening.RulePacks;
import io.clearance.screening.RulesReadOnlyException;
import io.clearance.shared.NotFoundException;

/**
 * The packs the server knows, the version of each that screens now, and why a newer one was refused. Screening
 * reads an immutable {@link Snapshot} through one volatile field; a reload builds the next snapshot aside and
 * swaps it in, so a screening sees either the old set of packs or the new one, never a mix. Reloads are
 * serialised; only changed folders are recompiled.
 *
 * <p>
 * Watching is polling: every {@code pollInterval} the folder's files are read and fingerprinted, and a changed
 * fingerprint is loaded once it has stayed the same for one more poll (so a file half-way through being saved
 * is not compiled). Polling works the same on every file system, including mounted volumes where
 * {@code WatchService} misses events.
 *
 * <p>
 * At start-up the first load runs on a thread of its own ({@link #loadInBackground()}), while the rest of the
 * application starts; changed packs are compiled on up to {@code compileThreads} threads. Nothing screens before
 * that load is over: {@link #snapshot()} and {@link #list()} wait for it, and {@link #start()} (before the
 * application reports ready) waits for it too and fails the start-up if it failed, as a synchronous load would.
 *
 * <p>
 * A pack version screens only once all its examples passed. Those passes are kept ({@link ExampleVerdicts}, per pack
 * files and application build), so an unchanged pack in an unchanged build is not run again at the next start; the
 * listing says whether a pack's examples ran at this load or their kept pass was reused.
 */
final class RulePackRegistry implements RulePacks, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RulePackRegistry.class);

	/** The {@code enabled:} line of a pack.yaml (top level), whatever its value and comment. */
	private static final Pattern ENABLED_LINE = Pattern.compile("(?m)^enabled[ \t]*:.*$");

	/** pack.yaml's version line, the version's last number in group 2: {@code version: 1.9.0}. */
	private static final Pattern VERSION_LINE = Pattern
		.compile("(?m)^(version[ \t]*:[ \t]*[\"']?[^\"'\\s#]*?)(\\d+)([\"']?)[ \t]*(#.*)?$");

	/** The packs that screen: compiled, passed their examples, enabled. Sorted by id. */
	record Snapshot(List<CompiledPack> packs) {

		Snapshot {
			packs = List.copyOf(packs);
		}
	}

	/** A pack version that may screen, and when its examples were found to pass (reused: kept from an earlier run). */
	private record Verified(CompiledPack pack, Instant examplesPassedAt, boolean reused) {
	}

	/** What the registry knows of one pack folder. */
	private static final class Entry {

		final String folder;
		String fingerprint;
		PackManifest manifest;
		boolean enabled = true;
		CompiledPack active;
		/** When all the active version's examples passed, and whether that pass was kept from an earlier run. */
		Instant examplesPassedAt;
		boolean examplesReused;
		String error;

		Entry(String folder) {
			this.folder = folder;
		}
	}

	private final PackSources sources;
	private final PackCompiler compiler;
	private final ExampleVerdicts verdicts;
	private final Duration pollInterval;
	private final Map<String, Entry> entries = new TreeMap<>();
	private volatile Snapshot snapshot = new Snapshot(List.of());
	private volatile List<RulePackStatus> statuses = List.of();
	private Map<String, String> lastPolled = Map.of();
	private ScheduledExecutorService watcher;
	private final int compileThreads;
	/** Open once the first load (in the background or not) is over, whatever its outcome. */
	private final CountDownLatch firstLoad = new CountDownLatch(1);
	/** Open once the background loader is done: the first load and the re-check of reused passes after it. */
	private final CountDownLatch backgroundLoad = new CountDownLatch(1);
	private volatile Throwable firstLoadFailure;

	RulePackRegistry(PackSources sources, PackCompiler compiler, Duration pollInterval) {
		this(sources, compiler, pollInterval, 1);
	}

	RulePackRegistry(PackSources sources, PackCompiler compiler, Duration pollInterval, int compileThreads) {
		this(sources, compiler, ExampleVerdicts.off("none given to this registry"), pollInterval, compileThreads);
	}

	RulePackRegistry(PackSources sources, PackCompiler compiler, ExampleVerdicts verdicts, Duration pollInterval,
			int compileThreads) {
		this.sources = sources;
		this.compiler = compiler;
		this.verdicts = verdicts;
		this.pollInterval = pollInterval;
		this.compileThreads = Math.max(1, compileThreads);
	}

	/** The packs that screen now; waits for the first load. */
	Snapshot snapshot() {
		awaitFirstLoad();
		return snapshot;
	}

	@Override
	public List<RulePackStatus> list() {
		awaitFirstLoad();
		return statuses;
	}

	/**
	 * Starts the first load on a thread of its own and returns at once. Whoever needs the packs before it is over
	 * waits for it ({@link #snapshot()}, {@link #list()}, {@link #start()}, and the synchronized changes).
	 */
	void loadInBackground() {
		Thread loader = new Thread(() -> {
			try {
				long t0 = System.nanoTime();
				long cpu0 = cpuNanos();
				reload();
				long reused = statuses.stream()
					.filter(s -> s.examples() != null && s.examples().verdict() == RulePackStatus.Verdict.REUSED)
					.count();
				log.info("Loaded {} rule pack(s) in {} ms ({} ms of CPU on this thread); {} examples run, the kept"
						+ " pass of {} pack(s) reused", statuses.size(), (System.nanoTime() - t0) / 1_000_000,
						(cpuNanos() - cpu0) / 1_000_000, compiler.examplesRun(), reused);
				if (reused > 0) {
					recheckReusedPasses();
				}
			}
			catch (RuntimeException | Error e) {
				log.error("Loading the rule packs from {} failed", sources.describe(), e);
			}
			finally {
				backgroundLoad.countDown();
			}
		}, "rule-pack-loader");
		loader.setDaemon(true);
		loader.start();
	}

	/**
	 * Waits until the background loader ({@link #loadInBackground}) is done, the re-check of reused passes included;
	 * false when it is not done within {@code timeout}.
	 */
	boolean awaitBackgroundLoad(Duration timeout) throws InterruptedException {
		return backgroundLoad.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * After a start that reused kept passes (so the application is already serving), runs those packs' examples once
	 * more, at low priority: what the examples used to do during the start (the first screening of each pack: the
	 * gazetteer, the rules' constraints compiled on first use) is then done before most users' first screening rather
	 * than in it, and the kept passes are checked again. A kept pass that does not hold would mean screening is not a
	 * function of the pack's files and the build: it is logged as an error and dropped from the kept verdicts, so the
	 * next load runs those examples before the pack screens.
	 */
	private void recheckReusedPasses() {
		Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
		long t0 = System.nanoTime();
		Map<String, CompiledPack> reused = new LinkedHashMap<>();
		synchronized (this) {
			entries.values().stream().filter(entry -> entry.active != null && entry.examplesReused)
				.forEach(entry -> reused.put(entry.folder, entry.active));
		}
		for (Map.Entry<String, CompiledPack> each : reused.entrySet()) {
			CompiledPack pack = each.getValue();
			try {
				compiler.checkExamples(pack);
			}
			catch (PackRefusedException e) {
				log.error("Rule pack {} {}: its kept pass did not hold when its examples ran again after the start"
						+ " ({}); the kept verdict is dropped", pack.id(), pack.version(), e.getMessage());
				verdicts.forget(each.getKey());
			}
			catch (RuntimeException e) {
				log.error("Rule pack {} {}: running its examples again after the start failed", pack.id(),
						pack.version(), e);
			}
		}
		log.info("Ran the examples of the {} pack(s) whose kept pass was reused again after the start, in {} ms",
				reused.size(), (System.nanoTime() - t0) / 1_000_000);
	}

	private static long cpuNanos() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
	}

	/** Waits until the first load is over (however long: screening without the packs is never an option). */
	private void awaitFirstLoad() {
		if (firstLoad.getCount() == 0) {
			return;
		}
		boolean interrupted = false;
		while (true) {
			try {
				firstLoad.await();
				break;
			}
			catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public Optional<ExampleRun> runExamples(String packId) {
		PackSource source = sources.read(packId).orElse(null);
		if (source == null) {
			return Optional.empty();
		}
		PackManifest manifest = PackCompiler.manifestOrNull(source);
		String version = manifest == null ? null : manifest.version();
		CompiledPack pack;
		try {
			pack = compiler.compileWithoutExamples(source);
		}
		catch (PackRefusedException | RuntimeException e) {
			return Optional.of(new ExampleRun(packId, version, 0, 0, e.getMessage(), List.of()));
		}
		List<ExampleResult> results = new ArrayList<>();
		int passed = 0;
		for (Example example : pack.examples()) {
			String problem = compiler.run(pack, example);
			passed += problem == null ? 1 : 0;
			results.add(new ExampleResult(example.file(), example.name(), problem == null, problem));
		}
		return Optional.of(new ExampleRun(packId, version, passed, results.size() - passed, null, results));
	}

	/** Reads every pack folder and loads what changed since the last load. */
	synchronized void reload() {
		try {
			List<PackSource> current = sources.read();
			lastPolled = fingerprints(current);
			reload(current);
		}
		catch (RuntimeException | Error e) {
			if (firstLoad.getCount() > 0) {
				firstLoadFailure = e;
			}
			throw e;
		}
		finally {
			firstLoad.countDown();
		}
	}

	/** One poll: loads the folders that changed and have stayed unchanged since the previous poll. */
	synchronized void poll() {
		List<PackSource> current;
		try {
			current = sources.read();
		}
		catch (RuntimeException e) {
			log.warn("Cannot read rule packs from {}, keeping the loaded ones: {}", sources.describe(), e.getMessage());
			return;
		}
		Map<String, String> now = fingerprints(current);
		boolean stable = now.equals(lastPolled);
		lastPolled = now;
		if (stable && !now.equals(loadedFingerprints())) {
			reload(current);
		}
	}

	private void reload(List<PackSource> current) {
		Set<String> seen = new HashSet<>();
		boolean changed = false;
		Map<Entry, PackSource> changedPacks = new LinkedHashMap<>();
		for (PackSource source : current) {
			seen.add(source.folder());
			Entry entry = entries.computeIfAbsent(source.folder(), Entry::new);
			if (source.fingerprint().equals(entry.fingerprint)) {
				continue;
			}
			changed = true;
			entry.fingerprint = source.fingerprint();
			changedPacks.put(entry, source);
		}
		Map<Entry, Future<Verified>> compiled = compileAll(changedPacks);
		changedPacks.forEach((entry, source) -> load(entry, source, compiled.get(entry)));
		changed |= entries.keySet().removeIf(folder -> {
			if (!seen.contains(folder)) {
				log.info("Rule pack {} was removed from {} and no longer screens", folder, sources.describe());
				return true;
			}
			return false;
		});
		if (changed || statuses.isEmpty()) {
			publish();
		}
	}

	/**
	 * Compiles and verifies the changed packs, on up to {@code compileThreads} threads when there are several (each
	 * pack's KieBase is built apart from the others); one pack, or one thread, is compiled on the calling thread.
	 * Each future holds the pack or the reason it was refused.
	 */
	private Map<Entry, Future<Verified>> compileAll(Map<Entry, PackSource> changedPacks) {
		Map<Entry, Future<Verified>> compiled = new LinkedHashMap<>();
		int threads = Math.min(compileThreads, changedPacks.size());
		if (threads <= 1) {
			changedPacks.forEach((entry, source) -> compiled.put(entry, compileNow(entry.active, source)));
			return compiled;
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "rule-pack-compiler");
			thread.setDaemon(true);
			return thread;
		});
		try {
			changedPacks.forEach((entry, source) -> {
				CompiledPack previous = entry.active;
				compiled.put(entry, pool.submit(() -> verify(previous, source)));
			});
			for (Future<Verified> future : compiled.values()) {
				try {
					future.get();
				}
				catch (ExecutionException e) {
					// kept in the future, reported by load()
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while compiling rule packs", e);
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		return compiled;
	}

	private Future<Verified> compileNow(CompiledPack previous, PackSource source) {
		CompletableFuture<Verified> result = new CompletableFuture<>();
		try {
			result.complete(verify(previous, source));
		}
		catch (PackRefusedException | RuntimeException e) {
			result.completeExceptionally(e);
		}
		return result;
	}

	private void load(Entry entry, PackSource source, Future<Verified> compiled) {
		PackManifest manifest = PackCompiler.manifestOrNull(source);
		if (manifest != null) {
			entry.manifest = manifest;
			entry.enabled = manifest.isEnabled();
		}
		String version = manifest == null ? "" : "version " + manifest.version() + " ";
		try {
			Verified verified = result(compiled);
			CompiledPack pack = verified.pack();
			entry.active = pack;
			entry.examplesPassedAt = verified.examplesPassedAt();
			entry.examplesReused = verified.reused();
			entry.error = null;
			if (verified.reused()) {
				log.info("Rule pack {} {} is active{} (its {} examples passed for these files and this build at {};"
						+ " not run again)", pack.id(), pack.version(),
						pack.manifest().isEnabled() ? "" : " but switched off", pack.examples().size(),
						verified.examplesPassedAt());
			}
			else {
				log.info("Rule pack {} {} is active{} ({} examples run, all passed)", pack.id(), pack.version(),
						pack.manifest().isEnabled() ? "" : " but switched off", pack.examples().size());
			}
		}
		catch (PackRefusedException e) {
			refuse(entry, version, e.getMessage());
		}
		catch (RuntimeException e) {
			refuse(entry, version, "could not be loaded: " + e);
		}
	}

	/** The verified pack, or the exception that refused it, as {@link #verify} threw it. */
	private static Verified result(Future<Verified> compiled) throws PackRefusedException {
		try {
			return compiled.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while compiling a rule pack", e);
		}
		catch (ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof PackRefusedException refused) {
				throw refused;
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause);
		}
	}

	/**
	 * What decides whether a version of a pack may screen, for a change on disk and an upload alike: it compiles, all
	 * its examples pass, and changed rules come with a new version. The examples are not run again when their pass
	 * was kept for exactly these files under this build ({@link ExampleVerdicts}); a new pass is kept.
	 */
	private Verified verify(CompiledPack previous, PackSource source) throws PackRefusedException {
		CompiledPack pack = compiler.compileWithoutExamples(source);
		ExampleVerdicts.Verdict kept = verdicts.passed(source)
			.filter(verdict -> verdict.examples() == pack.examples().size())
			.orElse(null);
		Instant passedAt;
		if (kept != null) {
			passedAt = kept.passedAt();
		}
		else {
			compiler.checkExamples(pack);
			passedAt = verdicts.recordPass(source, pack.version(), pack.examples().size(), Instant.now())
				.passedAt();
		}
		if (previous != null && previous.version().equals(pack.version())
				&& !previous.rulesDigest().equals(pack.rulesDigest())) {
			throw new PackRefusedException("the rules changed but the version is still " + pack.version()
					+ ": give pack.yaml a new version, so that screening results say which rules produced them");
		}
		return new Verified(pack, passedAt, kept != null);
	}

	@Override
	public RulePackStatus setEnabled(String packId, boolean enabled) {
		awaitFirstLoad();
		return switchPack(packId, enabled);
	}

	private synchronized RulePackStatus switchPack(String packId, boolean enabled) {
		Path dir = writableDir();
		Path manifest = packFolder(dir, packId).resolve(PackSource.MANIFEST);
		if (!Files.isRegularFile(manifest)) {
			throw new NotFoundException("Rule pack " + packId + " has no pack.yaml to switch.");
		}
		try {
			String yaml = Files.readString(manifest, StandardCharsets.UTF_8);
			Matcher line = ENABLED_LINE.matcher(yaml);
			String updated = line.find() ? line.replaceFirst("enabled: " + enabled)
					: yaml + (yaml.isEmpty() || yaml.endsWith("\n") ? "" : "\n") + "enabled: " + enabled + "\n";
			Path temporary = manifest.resolveSibling(".pack.yaml." + UUID.randomUUID() + ".tmp");
			Files.writeString(temporary, updated, StandardCharsets.UTF_8);
			Files.move(temporary, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new RulesReadOnlyException("Cannot rewrite " + manifest + ": " + e.getMessage());
		}
		reload();
		log.info("Rule pack {} switched {}", packId, enabled ? "on" : "off");
		return status(packId);
	}

	@Override
	public RulePackStatus install(Map<String, byte[]> files) {
		awaitFirstLoad();
		return installNow(files, "an upload");
	}

	private synchronized RulePackStatus installNow(Map<String, byte[]> files, String from) {
		Path dir = writableDir();
		String text = files.containsKey(PackSource.MANIFEST)
				? new String(files.get(PackSource.MANIFEST), StandardCharsets.UTF_8) : null;
		if (text == null) {
			throw new InvalidRulePackException("missing-manifest", "The pack has no pack.yaml.");
		}
		String id;
		try {
			PackManifest manifest = Yaml.MAPPER.readValue(text, PackManifest.class);
			id = manifest == null ? null : manifest.id();
		}
		catch (Exception e) {
			throw new InvalidRulePackException("invalid-manifest", "pack.yaml cannot be read: " + Yaml.problem(e));
		}
		if (id == null || !PackCompiler.isPackId(id)) {
			throw new InvalidRulePackException("invalid-pack-id", "pack.yaml: id must be lower case letters, digits"
					+ " and dashes (at most 64), starting with a letter or digit; it names the pack's folder.");
		}
		Path staging = dir.resolve(".staging-" + UUID.randomUUID());
		Path staged = staging.resolve(id);
		try {
			Files.createDirectories(staged.resolve("examples"));
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				if (PackSource.isPackFile(file.getKey())) {
					Files.write(staged.resolve(file.getKey()), file.getValue());
				}
			}
			PackSource source = PackSource.of(id, staged.toString(), PackSources.Directory.readFolder(staged));
			Entry existing = entries.get(id);
			try {
				verify(existing == null ? null : existing.active, source);
			}
			catch (PackRefusedException | RuntimeException e) {
				String error = (PackCompiler.manifestOrNull(source) == null ? ""
						: "version " + PackCompiler.manifestOrNull(source).version() + " ")
						+ "refused: " + (e instanceof PackRefusedException ? e.getMessage() : "could not be loaded: " + e);
				log.warn("Rule pack {} from {} {}; nothing was changed", id, from, error);
				throw new RulePackRefusedException(id, error);
			}
			replace(dir.resolve(id), staged, dir);
		}
		catch (IOException e) {
			throw new RulesReadOnlyException("Cannot write the rules folder " + dir + ": " + e.getMessage());
		}
		finally {
			deleteQuietly(staging);
		}
		reload();
		log.info("Rule pack {} installed from {}", id, from);
		return status(id);
	}

	@Override
	public Optional<OrganisationAllowList> allowList(String packId) {
		awaitFirstLoad();
		if (!entries.containsKey(packId)) {
			throw new NotFoundException("There is no rule pack " + packId + ".");
		}
		PackSource source = sources.read(packId)
			.orElseThrow(() -> new NotFoundException("There is no rule pack " + packId + "."));
		byte[] file = source.files().get(AllowList.FILE);
		if (file == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(AllowList.read(new String(file, StandardCharsets.UTF_8)));
		}
		catch (PackRefusedException e) {
			throw new RulePackRefusedException(packId, "the allow list on disk cannot be read: " + e.getMessage());
		}
	}

	@Override
	public RulePackStatus replaceAllowList(String packId, OrganisationAllowList allowList) {
		awaitFirstLoad();
		return replaceAllowListNow(packId, allowList);
	}

	private synchronized RulePackStatus replaceAllowListNow(String packId, OrganisationAllowList allowList) {
		Path folder = packFolder(writableDir(), packId);
		Map<String, byte[]> files;
		try {
			files = new TreeMap<>(PackSources.Directory.readFolder(folder));
		}
		catch (IOException e) {
			throw new RulesReadOnlyException("Cannot read " + folder + ": " + e.getMessage());
		}
		if (!files.containsKey(AllowList.FILE)) {
			throw new NotFoundException("Rule pack " + packId + " has no " + AllowList.FILE + ".");
		}
		String previous = new String(files.get(AllowList.FILE), StandardCharsets.UTF_8);
		String edited = AllowList.write(previous, allowList);
		if (edited.equals(previous)) {
			return status(packId);
		}
		files.put(AllowList.FILE, edited.getBytes(StandardCharsets.UTF_8));
		String manifest = new String(files.get(PackSource.MANIFEST), StandardCharsets.UTF_8);
		Matcher version = VERSION_LINE.matcher(manifest);
		if (!version.find()) {
			throw new RulePackRefusedException(packId, "pack.yaml's version does not end in a number, so the allow"
					+ " list cannot be given a new version here; upload the pack with a new version instead");
		}
		String raised = version.group(1) + (Long.parseLong(version.group(2)) + 1) + version.group(3)
				+ (version.group(4) == null ? "" : " " + version.group(4));
		files.put(PackSource.MANIFEST, (manifest.substring(0, version.start()) + raised
				+ manifest.substring(version.end())).getBytes(StandardCharsets.UTF_8));
		return installNow(files, "an allow-list edit");
	}

	/** Puts the staged folder where the pack's folder is, each step a single move; the old folder comes back on failure. */
	private static void replace(Path target, Path staged, Path dir) throws IOException {
		if (!Files.exists(target)) {
			Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
			return;
		}
		Path old = dir.resolve(".replaced-" + UUID.randomUUID());
		Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
		try {
			Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
			throw e;
		}
		deleteQuietly(old);
	}

	private Path writableDir() {
		if (!(sources instanceof PackSources.Directory directory)) {
			throw new RulesReadOnlyException("The rule packs come from the copies inside the jar ("
					+ sources.describe() + "), which cannot change: set clearance.rules.dir to a writable folder.");
		}
		if (!Files.isDirectory(directory.dir()) || !Files.isWritable(directory.dir())) {
			throw new RulesReadOnlyException("The rules folder " + sources.describe()
					+ " is not a folder this server may write: the packs cannot be changed here.");
		}
		return directory.dir();
	}

	private Path packFolder(Path dir, String packId) {
		if (!PackCompiler.isPackId(packId) || !entries.containsKey(packId) || !Files.isDirectory(dir.resolve(packId))) {
			throw new NotFoundException("There is no rule pack " + packId + ".");
		}
		return dir.resolve(packId);
	}

	private RulePackStatus status(String packId) {
		return statuses.stream().filter(s -> s.id().equals(packId)).findFirst()
			.orElseThrow(() -> new NotFoundException("There is no rule pack " + packId + "."));
	}

	private static void deleteQuietly(Path path) {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> all = Files.walk(path)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException e) {
			log.warn("Could not delete {}: {}", path, e.getMessage());
		}
	}

	private void refuse(Entry entry, String version, String reason) {
		entry.error = version + "refused: " + reason;
		if (entry.active != null) {
			log.warn("Rule pack {} {}; version {} keeps screening", entry.folder, entry.error, entry.active.version());
		}
		else {
			log.warn("Rule pack {} {}; it does not screen", entry.folder, entry.error);
		}
	}

	private void publish() {
		List<CompiledPack> active = new ArrayList<>();
		List<RulePackStatus> list = new ArrayList<>();
		for (Entry entry : entries.values()) {
			if (entry.active != null && entry.enabled) {
				active.add(entry.active);
			}
			PackManifest manifest = entry.manifest != null ? entry.manifest
					: entry.active != null ? entry.active.manifest() : null;
			list.add(new RulePackStatus(entry.folder, manifest == null ? entry.folder : manifest.name(),
					entry.active == null ? null : entry.active.version(), entry.enabled,
					entry.error == null ? RulePackStatus.Status.ACTIVE : RulePackStatus.Status.REFUSED, entry.error,
					examples(entry)));
		}
		active.sort(Comparator.comparing(CompiledPack::id));
		snapshot = new Snapshot(active);
		statuses = List.copyOf(list);
	}

	/** How the examples of the version that screens were found to pass; null when no version screens. */
	private static RulePackStatus.Examples examples(Entry entry) {
		if (entry.active == null || entry.examplesPassedAt == null) {
			return null;
		}
		int count = entry.active.examples().size();
		Instant at = entry.examplesPassedAt.truncatedTo(ChronoUnit.SECONDS);
		return entry.examplesReused
				? new RulePackStatus.Examples(count, RulePackStatus.Verdict.REUSED, entry.examplesPassedAt,
						"all " + count + " examples passed for this exact version of the pack under this build of the"
								+ " application at " + at + "; not run again when it was loaded")
				: new RulePackStatus.Examples(count, RulePackStatus.Verdict.RUN, entry.examplesPassedAt,
						"all " + count + " examples passed when this version was loaded, at " + at);
	}

	private Map<String, String> loadedFingerprints() {
		Map<String, String> loaded = new LinkedHashMap<>();
		entries.forEach((folder, entry) -> loaded.put(folder, entry.fingerprint));
		return loaded;
	}

	private static Map<String, String> fingerprints(List<PackSource> sources) {
		Map<String, String> fingerprints = new LinkedHashMap<>();
		for (PackSource source : sources) {
			fingerprints.put(source.folder(), source.fingerprint());
		}
		return fingerprints;
	}

	/**
	 * Waits for the first load (started by {@link #loadInBackground()}) before the application reports ready, and
	 * fails the start-up if it failed; then starts watching the folder.
	 */
	@Override
	public void start() {
		awaitFirstLoad();
		if (firstLoadFailure != null) {
			throw new IllegalStateException("The rule packs could not be loaded from " + sources.describe(),
					firstLoadFailure);
		}
		startWatching();
	}

	private synchronized void startWatching() {
		if (watcher != null || !sources.watchable() || pollInterval.isZero() || pollInterval.isNegative()) {
			return;
		}
		watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "rule-pack-watcher");
			thread.setDaemon(true);
			return thread;
		});
		long millis = Math.max(50, pollInterval.toMillis());
		watcher.scheduleWithFixedDelay(this::pollSafely, millis, millis, TimeUnit.MILLISECONDS);
		log.info("Watching {} for rule pack changes every {} ms", sources.describe(), millis);
	}

	private void pollSafely() {
		try {
			poll();
		}
		catch (RuntimeException e) {
			log.warn("Rule pack poll failed", e);
		}
	}

	@Override
	public synchronized void stop() {
		if (watcher != null) {
			watcher.shutdownNow();
			watcher = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return watcher != null;
	}
}
