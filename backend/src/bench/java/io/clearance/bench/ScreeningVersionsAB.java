package io.clearance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Two builds of the screening core in one JVM, interleaved: each build's classes in a class loader of their own
 * (with the same test classes and dependencies), batches of 20 screenings alternating between them, so both see the
 * same load of a shared machine. Prints p50/p90/p99 of single screenings per build after a quarter of the time as
 * warm-up, the thread's CPU time per screening (mean, and the best batch), and the ratios. With {@code same} instead of a post, it compares what the two builds
 * find instead: every result of {@code ScreeningSide.results()} (evaluation set, examples, random mixes) must be
 * equal.
 *
 * <p>
 * Run from {@code backend/}: {@code java -cp target/test-classes:<dependencies> io.clearance.bench.ScreeningVersionsAB
 * <old classes> <new classes> <post: 2kb|200> <seconds>}: each side's classes are a comma-separated list of folders
 * searched in order (e.g. another commit's {@code screening/internal} classes compiled into a folder, then
 * {@code target/classes}), and {@code <dependencies>} the test classpath ({@code dependency:build-classpath}, see
 * docs/benchmarks.md).
 */
public final class ScreeningVersionsAB {

	private ScreeningVersionsAB() {
	}

	public static void main(String[] args) throws Exception {
		String post = args[2];
		String[] classpath = System.getProperty("java.class.path").split(java.io.File.pathSeparator);
		ClassLoader[] loaders = new ClassLoader[2];
		IntSupplier[] sides = new IntSupplier[2];
		for (int s = 0; s < 2; s++) {
			List<URL> urls = new ArrayList<>();
			for (String dir : args[s].split(",")) {
				urls.add(Path.of(dir).toUri().toURL());
			}
			for (String entry : classpath) {
				urls.add(Path.of(entry).toUri().toURL());
			}
			// not delegating to the application class loader: each build's classes stay apart
			loaders[s] = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
			Thread.currentThread().setContextClassLoader(loaders[s]);
			if ("same".equals(post)) {
				continue;
			}
			sides[s] = (IntSupplier) loaders[s].loadClass("io.clearance.screening.internal.ScreeningSide")
				.getMethod("of", String.class)
				.invoke(null, post);
			sides[s].getAsInt();
		}
		if ("same".equals(post)) {
			compare(loaders);
			return;
		}
		long seconds = Long.parseLong(args[3]);
		long start = System.nanoTime();
		long warm = start + seconds * 250_000_000L;
		long end = start + seconds * 1_000_000_000L;
		long[][] latencies = new long[2][4_000_000];
		int[] counts = new int[2];
		// CPU time of this thread per batch: steadier than wall time on a loaded machine (no time preempted)
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] cpu = new long[2];
		long[] bestBatchCpu = { Long.MAX_VALUE, Long.MAX_VALUE };
		while (System.nanoTime() < end) {
			boolean measuring = System.nanoTime() > warm;
			for (int s = 0; s < 2; s++) {
				Thread.currentThread().setContextClassLoader(loaders[s]);
				long batchCpu = threads.getCurrentThreadCpuTime();
				for (int k = 0; k < 20; k++) {
					long t = System.nanoTime();
					sides[s].getAsInt();
					long took = System.nanoTime() - t;
					if (measuring && counts[s] < latencies[s].length) {
						latencies[s][counts[s]++] = took;
					}
				}
				batchCpu = threads.getCurrentThreadCpuTime() - batchCpu;
				if (measuring) {
					cpu[s] += batchCpu;
					bestBatchCpu[s] = Math.min(bestBatchCpu[s], batchCpu);
				}
			}
		}
		String[] names = { "old", "new" };
		double[] medians = new double[2];
		for (int s = 0; s < 2; s++) {
			long[] sorted = Arrays.copyOf(latencies[s], counts[s]);
			Arrays.sort(sorted);
			medians[s] = sorted[sorted.length / 2] / 1000.0;
			System.out.printf("%s (%s), post %s: n=%d p50 %.0f µs p90 %.0f µs p99 %.0f µs min %.0f µs;"
					+ " CPU per screening %.0f µs, best batch of 20 %.0f µs%n", names[s], args[s], post, sorted.length,
					medians[s], sorted[(int) (sorted.length * 0.9)] / 1000.0,
					sorted[(int) (sorted.length * 0.99)] / 1000.0, sorted[0] / 1000.0,
					cpu[s] / 1000.0 / Math.max(1, counts[s]), bestBatchCpu[s] / 20_000.0);
		}
		System.out.printf("new / old, p50: %.2f; CPU per screening: %.2f%n", medians[1] / medians[0],
				(double) cpu[1] / cpu[0]);
	}

	@SuppressWarnings("unchecked")
	private static void compare(ClassLoader[] loaders) throws Exception {
		List<List<String>> results = new ArrayList<>();
		for (ClassLoader loader : loaders) {
			Thread.currentThread().setContextClassLoader(loader);
			results.add((List<String>) loader.loadClass("io.clearance.screening.internal.ScreeningSide")
				.getMethod("results")
				.invoke(null));
		}
		List<String> old = results.get(0);
		List<String> now = results.get(1);
		int differing = Math.abs(old.size() - now.size());
		for (int i = 0; i < Math.min(old.size(), now.size()); i++) {
			if (!old.get(i).equals(now.get(i))) {
				if (differing++ < 5) {
					System.out.printf("differs:%n  old %s%n  new %s%n", old.get(i), now.get(i));
				}
			}
		}
		long withFindings = old.stream().filter(r -> r.contains("Finding[")).count();
		System.out.printf("compared %d results (%d with findings): %d differ%n", old.size(), withFindings, differing);
		if (differing > 0) {
			System.exit(1);
		}
	}
}
