package io.clearance.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/** Closed-loop HTTP load on loopback: a fixed number of clients, each sending its next request when the last ended. */
final class Http {

	static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5)).build();

	private Http() {
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
	}

	static HttpRequest get(int port, String path, String user) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
		if (user != null) {
			b.header("Authorization", basic(user));
		}
		return b.GET().build();
	}

	static HttpRequest post(int port, String path, String user, String json) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json").header("Content-Type", "application/json")
			.header("Authorization", basic(user)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
	}

	/** What a closed-loop run measured: latencies in µs, requests per second, non-2xx answers and failures. */
	record Run(Histogram latency, double perSecond, int errors, String firstError) {

		double p50() {
			return Figures.ms(latency, 50);
		}

		double p99() {
			return Figures.ms(latency, 99);
		}
	}

	/** Sends {@code total} requests from {@code clients} concurrent clients; request i is {@code request.apply(i)}. */
	static Run closedLoop(int clients, int total, IntFunction<HttpRequest> request) throws InterruptedException {
		Histogram latency = Figures.micros();
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		String[] firstError = new String[1];
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			Thread thread = new Thread(() -> {
				for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
					long t0 = System.nanoTime();
					try {
						HttpResponse<String> response = CLIENT.send(request.apply(i), HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() >= 300) {
							errors.incrementAndGet();
							firstError[0] = response.statusCode() + " " + response.body();
						}
					}
					catch (Exception e) {
						errors.incrementAndGet();
						firstError[0] = e.toString();
					}
					synchronized (latency) {
						latency.recordValue((System.nanoTime() - t0) / 1000);
					}
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Run(latency, total / seconds, errors.get(), firstError[0]);
	}
}
