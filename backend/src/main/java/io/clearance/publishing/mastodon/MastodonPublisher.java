package io.clearance.publishing.mastodon;

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
 * Mastodon (any instance; the account's API base URL is the instance, e.g. {@code https://mastodon.social}).
 * {@code POST /api/v1/statuses} with the publication's {@code Idempotency-Key}, which the instance honours for an
 * hour; a retry first looks through the account's recent statuses ({@code GET /api/v1/accounts/:id/statuses}) for
 * the same text, which also covers retries later than that hour. Text only: media would need uploads
 * ({@code POST /api/v2/media}) of files Clearance does not hold.
 */
@Component
class MastodonPublisher implements Publisher {

	static final String NAME = "Mastodon";

	private final PlatformHttp http;

	MastodonPublisher(PlatformHttp http) {
		this.http = http;
	}

	@Override
	public Network network() {
		return Network.MASTODON;
	}

	@Override
	public PublishedPost publish(Target target, Outgoing post) {
		Response response = http.send(NAME, request(target, "/api/v1/statuses")
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", post.idempotencyKey())
			.POST(PlatformHttp.json(Map.of("status", post.text(), "visibility", "public"))));
		return of(response.json());
	}

	@Override
	public Optional<PublishedPost> find(Target target, Outgoing post) {
		Response response = http.send(NAME, request(target, "/api/v1/accounts/"
				+ PlatformHttp.encode(target.platformAccountId()) + "/statuses?limit=40&exclude_reblogs=true").GET());
		String wanted = PlatformHttp.normalize(post.text());
		for (JsonNode status : response.json()) {
			if (wanted.equals(PlatformHttp.normalize(status.path("content").asText()))) {
				return Optional.of(of(status));
			}
		}
		return Optional.empty();
	}

	@Override
	public void delete(Target target, String externalId) {
		http.send(NAME, request(target, "/api/v1/statuses/" + PlatformHttp.encode(externalId)).DELETE());
	}

	/** {@code GET /api/v1/statuses/:id}: favourites, reblogs, replies. */
	@Override
	public Optional<Engagement> engagement(Target target, String externalId) {
		JsonNode status = http.send(NAME, request(target, "/api/v1/statuses/" + PlatformHttp.encode(externalId)).GET())
			.json();
		return Optional.of(new Engagement(count(status.path("favourites_count")), count(status.path("reblogs_count")),
				count(status.path("replies_count")), null));
	}

	private static Long count(JsonNode node) {
		return node.isNumber() ? node.asLong() : null;
	}

	private static HttpRequest.Builder request(Target target, String path) {
		return HttpRequest.newBuilder(URI.create(stripSlash(target.apiBaseUrl()) + path))
			.header("Authorization", "Bearer " + target.token());
	}

	static String stripSlash(String base) {
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	private static PublishedPost of(JsonNode status) {
		return new PublishedPost(status.path("id").asText(), status.path("url").isTextual()
				? status.path("url").asText() : null);
	}
}
