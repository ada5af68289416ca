package io.clearance.review.process;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntToLongFunction;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many dated open tasks a caller's inbox holds beyond its first page ({@code X-Total-Count}), without counting
 * every open task on every request. Counting is the one part of reading the inbox that grows with the number of
 * open tasks, so it is bounded: up to {@value #EXACT_UP_TO} tasks are counted exactly, through the inbox's index,
 * on every request. A larger inbox's count is kept per caller and served for up to {@value #FRESH_MILLIS} ms; after
 * that the next request still gets it while it is counted again in the background. So a total above
 * {@value #EXACT_UP_TO} may lag the engine by a few seconds; the tasks of the page never do. The same holds for a
 * filtered inbox's count, kept per caller and filter.
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
	 * The number of open tasks with a due date of the given process definitions that are assigned to {@code user}
	 * or offered to one of {@code groups} (the engine's task query, counted by {@code exact} when there are more
	 * than {@value #EXACT_UP_TO}).
	 */
	long dated(String user, Collection<String> groups, Collection<String> processKeys, LongSupplier exact) {
		return count(user + "|" + String.join(",", new TreeSet<>(groups)),
				cap -> countUpTo(user, groups, processKeys, cap), exact);
	}

	/**
	 * The number of tasks of a filtered inbox ({@link FilteredTaskQuery}), bounded in the same way; {@code key}
	 * names the caller and the filter.
	 */
	long filtered(String key, FilteredTaskQuery query) {
		return count(key, cap -> query.countUpTo(jdbc, cap), () -> query.count(jdbc));
	}

	/**
	 * Exact up to {@value #EXACT_UP_TO} on every call ({@code upTo} counts at most the number it is given); above
	 * that the count {@code exact} made for {@code key}, served while fresh and then recounted in the background.
	 */
	private long count(String key, IntToLongFunction upTo, LongSupplier exact) {
		long bounded = upTo.applyAsLong(EXACT_UP_TO + 1);
		if (bounded <= EXACT_UP_TO) {
			large.remove(key);
			return bounded;
		}
		Large known = large.get(key);
		if (known == null) {
			Large counted = new Large(exact.getAsLong(), millis.getAsLong());
			large.put(key, counted);
			return counted.count;
		}
		if (millis.getAsLong() - known.countedAt >= FRESH_MILLIS && known.refreshing.compareAndSet(false, true)) {
			refresher.execute(() -> {
				try {
					large.put(key, new Large(exact.getAsLong(), millis.getAsLong()));
				}
				catch (RuntimeException e) {
					log.warn("Could not count the open tasks of {}; the last count stays", key, e);
					known.refreshing.set(false);
				}
			});
		}
		return Math.max(known.count, bounded);
	}

	/** The dated tasks of the inbox ({@link VisibleTasks}), counted only up to {@code cap}: bounded work however many are open. */
	private long countUpTo(String user, Collection<String> groups, Collection<String> processKeys, int cap) {
		List<Object> arguments = new ArrayList<>();
		String sql = countUpToSql(user, groups, processKeys, cap, arguments);
		Long count = jdbc.queryForObject(sql, Long.class, arguments.toArray());
		return count == null ? 0 : count;
	}

	/** The SQL of {@link #countUpTo}, its bind values added to {@code arguments}. */
	static String countUpToSql(String user, Collection<String> groups, Collection<String> processKeys, int cap,
			List<Object> arguments) {
		StringBuilder sql = new StringBuilder("select count(*) from (select t.ID_").append(VisibleTasks.FROM);
		VisibleTasks.where(sql, arguments, user, groups, processKeys);
		sql.append(" and t.DUE_DATE_ > ?");
		arguments.add(new Timestamp(0));
		return sql.append(" fetch first ").append(cap).append(" rows only) C").toString();
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
