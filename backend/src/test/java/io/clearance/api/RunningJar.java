package io.clearance.api;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code target/clearance.jar} in a JVM of its own, as an operator runs it. Started on a free port and
 * awaited until healthy (bounded); {@link #close()} stops it.
 */
public final class RunningJar implements AutoCloseable {

	/**
	 * The heap the README's run command and {@code deploy/run-clearance.sh} give the JVM (docs/benchmarks.md, "Issue 10,
	 * memory under load"): the live set is about 160 MB under load and the JVM's own memory about 400 MB more, so a
	 * larger heap only raises the peak resident memory past the 768 MB aim.
	 */
	public static final String HEAP = "-Xmx288m";

	private final Process process;

	private final int port;

	private final Path log;

	private RunningJar(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	public static RunningJar start(Path workDir, String... args) {
		Path jar = jar();
		return start(workDir, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
				"-jar", jar.toString()), java.util.Map.of(), Duration.ofSeconds(120), args);
	}

	/**
	 * The jar started by {@code launcher} (a command that ends with what runs the jar, e.g. a start script), with
	 * extra environment variables; awaited healthy for at most {@code timeout}.
	 */
	public static RunningJar start(Path workDir, List<String> launcher, java.util.Map<String, String> environment,
			Duration timeout, String... args) {
		int port = freePort();
		List<String> command = new ArrayList<>(launcher);
		command.add("--server.port=" + port);
		command.addAll(List.of(args));
		try {
			Files.createDirectories(workDir);
			Path log = workDir.resolve("app-" + port + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
			builder.environment().putAll(environment);
			Process process = builder
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			RunningJar jar1 = new RunningJar(process, port, log);
			jar1.awaitHealthy(timeout);
			return jar1;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** {@code target/clearance.jar}, which must have been built. */
	public static Path jar() {
		Path jar = Path.of("target", "clearance.jar").toAbsolutePath();
		if (!Files.exists(jar)) {
			throw new IllegalStateException(jar + " is missing: run the tests with 'verify', after 'package'");
		}
		return jar;
	}

	public int port() {
		return port;
	}

	/** The JVM's process id (for /proc/<pid>/status). */
	public long pid() {
		return process.pid();
	}

	/** The application's log (standard output and error). */
	public Path log() {
		return log;
	}

	private void awaitHealthy(Duration timeout) throws IOException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("clearance.jar exited with " + process.exitValue() + ":\n" + tail());
			}
			try {
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
							.timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("UP")) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
		}
		close();
		throw new IllegalStateException("clearance.jar was not healthy within " + timeout + ":\n" + tail());
	}

	private String tail() throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	/** Kills the JVM at once (SIGKILL, like {@code kill -9}): no shutdown hook, no clean close of anything. */
	public void kill() {
		process.destroyForcibly();
		try {
			process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Stops the application the way an operator does (SIGTERM), waiting for it to end. */
	@Override
	public void close() {
		process.destroy();
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
