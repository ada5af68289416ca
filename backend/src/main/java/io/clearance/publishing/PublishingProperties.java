package io.clearance.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Publishing to real platforms.
 *
 * @param tokenKey base64 of a 128-, 192- or 256-bit AES key that encrypts account tokens at rest (environment
 * variable {@code CLEARANCE_TOKEN_KEY}); without it, accounts can be connected only without a token
 * @param connectTimeout how long a connector waits to connect to a platform
 * @param requestTimeout how long a connector waits for a platform's answer; past it the attempt fails and is retried
 * (and the retry first looks whether the post went out)
 * @param engagementInterval how often engagement figures of recent publications are fetched
 * @param engagementWindow how long after publication they are fetched
 */
@ConfigurationProperties("clearance.publishing")
record PublishingProperties(String tokenKey, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("30s") Duration requestTimeout, @DefaultValue("1h") Duration engagementInterval,
		@DefaultValue("30d") Duration engagementWindow) {
}
