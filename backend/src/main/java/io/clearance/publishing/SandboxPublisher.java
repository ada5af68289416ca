package io.clearance.publishing;

import io.clearance.screening.Platform;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * The embedded set-up's publisher: nothing leaves the machine; each publication gets a generated external id.
 * Platforms listed in {@code clearance.publishing.sandbox.unavailable} fail, to rehearse retries and incidents.
 * The same idempotency key always yields the same external id.
 */
@Component
public class SandboxPublisher implements Publisher {

	private final Set<Platform> unavailable;

	private final Map<String, String> published = new ConcurrentHashMap<>();

	SandboxPublisher(SandboxProperties properties) {
		this.unavailable = ConcurrentHashMap.newKeySet();
		this.unavailable.addAll(properties.unavailable());
	}

	@Override
	public boolean supports(Platform platform) {
		return true;
	}

	@Override
	public String publish(Platform platform, String idempotencyKey, String text, List<String> mediaDescriptions) {
		if (unavailable.contains(platform)) {
			throw new IllegalStateException("the sandbox " + platform + " account is unavailable");
		}
		return published.computeIfAbsent(idempotencyKey,
				key -> "sandbox-" + platform.name().toLowerCase() + "-" + UUID.randomUUID());
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
