package io.clearance.publishing;

import io.clearance.screening.Platform;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded set-up's publisher: nothing leaves the machine. It behaves like a platform that honours idempotency
 * keys: what it receives is kept in {@code sandbox_publication} (committed at once, as a platform would), and the
 * same key always yields the same external id, across retries, nodes and restarts. Platforms listed in
 * {@code clearance.publishing.sandbox.unavailable} fail, to rehearse retries and incidents.
 */
@Component
public class SandboxPublisher implements Publisher {

	private final Set<Platform> unavailable = ConcurrentHashMap.newKeySet();

	private final JdbcTemplate jdbc;

	private final TransactionTemplate platformTransaction;

	private final Clock clock;

	SandboxPublisher(SandboxProperties properties, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			Clock clock) {
		this.unavailable.addAll(properties.unavailable());
		this.jdbc = jdbc;
		this.platformTransaction = new TransactionTemplate(transactions);
		this.platformTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@Override
	public Network network() {
		return null;
	}

	@Override
	public PublishedPost publish(Target target, Outgoing post) {
		Platform platform = target.platform();
		String idempotencyKey = post.idempotencyKey();
		String text = post.text();
		if (unavailable.contains(platform)) {
			throw PlatformException.temporary("the sandbox " + platform + " account is unavailable", null);
		}
		String externalId = "sandbox-" + platform.name().toLowerCase() + "-" + UUID.randomUUID();
		try {
			platformTransaction.executeWithoutResult(status -> jdbc.update(
					"insert into sandbox_publication (idempotency_key, platform, external_id, body, received_at) "
							+ "values (?, ?, ?, ?, ?)",
					idempotencyKey, platform.name(), externalId, text, Timestamp.from(clock.instant())));
			return new PublishedPost(externalId, null);
		}
		catch (DuplicateKeyException alreadyReceived) {
			return new PublishedPost(jdbc.queryForObject(
					"select external_id from sandbox_publication where idempotency_key = ?", String.class,
					idempotencyKey), null);
		}
	}

	@Override
	public void delete(Target target, String externalId) {
		if (unavailable.contains(target.platform())) {
			throw PlatformException.temporary("the sandbox " + target.platform() + " account is unavailable", null);
		}
		platformTransaction.executeWithoutResult(
				status -> jdbc.update("delete from sandbox_publication where external_id = ?", externalId));
	}

	/** For rehearsals and tests: makes a platform fail or work. */
	public void setUnavailable(Platform platform, boolean isUnavailable) {
		if (isUnavailable) {
			unavailable.add(platform);
		}
		else {
			unavailable.remove(platform);
		}
	}

	/** @param unavailable platforms whose sandbox account fails every publication */
	@ConfigurationProperties("clearance.publishing.sandbox")
	record SandboxProperties(@DefaultValue List<Platform> unavailable) {
	}
}
