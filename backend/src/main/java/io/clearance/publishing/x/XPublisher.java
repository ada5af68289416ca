package io.clearance.publishing.x;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.publishing.Network;
import io.clearance.publishing.PlatformHttp;
import io.clearance.publishing.PlatformHttp.Response;
import io.clearance.publishing.Publisher;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * X, API v2: {@code POST /2/tweets} with an OAuth 2.0 user-context bearer token ({@code tweet.write}). X has no
 * idempotency key, so a retry first reads the account's recent posts ({@code GET /2/users/:id/tweets}, needs
 * {@code tweet.read}; the account's platform id is the numeric user id) and takes one with the same text. A 429 is
 * retried at {@code x-rate-limit-reset}. Text only (media uploads need the files).
 */
@Component
class XPublisher implements Publisher {

	static final String NAME = "X";

	private final PlatformHttp http;

	XPublisher(PlatformHttp http) {
		this.http = http;
	}

	@Override
	public Network network() {
		return Network.X;
	}

	@Override
	public PublishedPost publish(Target target, Outgoing post) {
		Response response = http.send(NAME, request(target, "/2/tweets")
			.header("Content-Type", "application/json")
			.POST(PlatformHttp.json(Map.of("text", post.text()))));
		return of(response.json().path("data").path("id").asText());
	}

	@Override
	public Optional<PublishedPost> find(Target target, Outgoing post) {
		Response response = http.send(NAME, request(target, "/2/users/" + PlatformHttp.encode(target.platformAccountId())
				+ "/tweets?max_results=20&exclude=retweets,replies").GET());
		String wanted = withoutLinks(post.text());
		for (JsonNode tweet : response.json().path("data")) {
			if (wanted.equals(withoutLinks(tweet.path("text").asText()))) {
				return Optional.of(of(tweet.path("id").asText()));
			}
		}
		return Optional.empty();
	}

	@Override
	public void delete(Target target, String externalId) {
		http.send(NAME, request(target, "/2/tweets/" + PlatformHttp.encode(externalId)).DELETE());
	}

	/** {@code GET /2/tweets/:id?tweet.fields=public_metrics}: likes, reposts + quotes, replies, impressions. */
	@Override
	public Optional<Engagement> engagement(Target target, String externalId) {
		JsonNode metrics = http.send(NAME, request(target, "/2/tweets/" + PlatformHttp.encode(externalId)
				+ "?tweet.fields=public_metrics").GET()).json().path("data").path("public_metrics");
		Long reposts = count(metrics.path("retweet_count"));
		Long quotes = count(metrics.path("quote_count"));
		return Optional.of(new Engagement(count(metrics.path("like_count")),
				reposts == null ? null : reposts + (quotes == null ? 0 : quotes), count(metrics.path("reply_count")),
				count(metrics.path("impression_count"))));
	}

	private static Long count(JsonNode node) {
		return node.isNumber() ? node.asLong() : null;
	}

	/** X shows every link as a t.co address: compare texts with their links masked. */
	static String withoutLinks(String text) {
		return PlatformHttp.normalize(text).replaceAll("https?://\\S+", "<link>");
	}

	private static HttpRequest.Builder request(Target target, String path) {
		String base = target.apiBaseUrl().endsWith("/") ? target.apiBaseUrl().substring(0,
				target.apiBaseUrl().length() - 1) : target.apiBaseUrl();
		return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + target.token());
	}

	private static PublishedPost of(String id) {
		return new PublishedPost(id, "https://x.com/i/web/status/" + id);
	}
}
