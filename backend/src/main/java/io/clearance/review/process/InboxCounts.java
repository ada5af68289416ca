package io.clearance.review.process;

import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many open tasks a caller's inbox holds beyond its first page ({@code X-Total-Count}), without counting
 * every open task on every request. Counting is the one part of reading the inbox that grows with the number of
 * open tasks, so it is bounded: up to {@value #EXACT_UP_TO} tasks are counted exactly, through the inbox's index,
 * on every request. A larger inbox's count is kept per caller and served for up to {@value #FRESH_MILLIS} ms; after
 * that the next request still gets it while it is counted again in the background. So a total above
 * {@value #EXACT_UP_TO} may lag the engine by a few seconds; the tasks of the page never do. A filtered inbox's count
 * is kept per caller and filter.
 */
@Component
class InboxCounts {

	private static final Logger log = LoggerFactory.getLogger(InboxCounts.class);

	/** Counted exactly on every request up to this many. */
	static final int EXACT_UP_TO = 1000;

	/** How long a larger count is served before it is counted again. */
	static final long FRESH_MILLIS = 2000;

	private final JdbcTemplate jdbc;

	private final Map<String, Large> large = new ConcurrentHashMap<>();

	private final ExecutorService refresher = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "inbox-counts");
		thread.setDaemon(true);
		return thread;
	});

	private final LongSupplier millis;

	@Autowired
	InboxCounts(JdbcTemplate jdbc) {
		this(jdbc, System::currentTimeMillis);
	}

	/** With a clock of milliseconds (tests). */
	InboxCounts(JdbcTemplate jdbc, LongSupplier millis) {
		this.jdbc = jdbc;
		this.millis = millis;
	}

	/**
	 * The number of tasks of an inbox ({@link FilteredTaskQuery}, filtered or not): exact up to {@value #EXACT_UP_TO}
	 * on every call; above that the exact count made for {@code key} (the caller and the filter), served while fresh
	 * and then recounted in the background.
	 */
	long count(String key, FilteredTaskQuery query) {
		long bounded = query.countUpTo(jdbc, EXACT_UP_TO + 1);
		if (bounded <= EXACT_UP_TO) {
			large.remove(key);
			return bounded;
		}
		Large known = large.get(key);
		if (known == null) {
			Large counted = new Large(query.count(jdbc), millis.getAsLong());
			large.put(key, counted);
			return counted.count;
		}
		if (millis.getAsLong() - known.countedAt >= FRESH_MILLIS && known.refreshing.compareAndSet(false, true)) {
			refresher.execute(() -> {
				try {
					large.put(key, new Large(query.count(jdbc), millis.getAsLong()));
				}
				catch (RuntimeException e) {
					log.warn("Could not count the open tasks of {}; the last count stays", key, e);
					known.refreshing.set(false);
				}
			});
		}
		return Math.max(known.count, bounded);
	}

	@PreDestroy
	void stop() {
		refresher.shutdownNow();
	}

	private static final class Large {

		final long count;

		final long countedAt;

		final AtomicBoolean refreshing = new AtomicBoolean();

		Large(long count, long countedAt) {
			this.count = count;
			this.countedAt = countedAt;
		}
	}
}
