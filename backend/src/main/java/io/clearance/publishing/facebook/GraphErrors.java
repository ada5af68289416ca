package io.clearance.publishing.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.publishing.PlatformException;
import io.clearance.publishing.PlatformHttp;

/**
 * The Graph API (Facebook Pages, Instagram) reports most failures as HTTP 400 with {@code error.code}: rate limits
 * (4, 17, 32, 613, 80001...) and transient errors (1, 2, {@code is_transient}) may be retried; 190 is an invalid or
 * revoked token.
 */
public final class GraphErrors {

	private GraphErrors() {
	}

	public static PlatformHttp.Classifier classifier(PlatformHttp http) {
		return (platform, response, message) -> {
			JsonNode error = response.json().path("error");
			int code = error.path("code").asInt(-1);
			if (code == 4 || code == 17 || code == 32 || code == 613 || (code >= 80001 && code <= 80014)) {
				return PlatformException.rateLimited(message, http.retryAfter(response));
			}
			if (code == 1 || code == 2 || error.path("is_transient").asBoolean(false)) {
				return PlatformException.temporary(message, null);
			}
			if (code == 190) {
				return PlatformException.permanent(message + " (the token is invalid or revoked: reconnect the account)");
			}
			return null;
		};
	}

	public static String base(String apiBaseUrl) {
		return apiBaseUrl.endsWith("/") ? apiBaseUrl.substring(0, apiBaseUrl.length() - 1) : apiBaseUrl;
	}
}
