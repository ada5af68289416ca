package io.clearance.publishing.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.publishing.Network;
import io.clearance.publishing.PlatformException;
import io.clearance.publishing.PlatformHttp;
import io.clearance.publishing.PlatformHttp.Response;
import io.clearance.publishing.Publisher;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * LinkedIn, Posts API: {@code POST /rest/posts} (headers {@code Linkedin-Version}, {@code X-Restli-Protocol-Version:
 * 2.0.0}) with the author URN ({@code urn:li:organization:...} or {@code urn:li:person:...}) and the text as
 * {@code commentary} in LinkedIn's "little text format" (reserved characters escaped); the post's URN comes back in
 * the {@code x-restli-id} header. No idempotency key: a retry first reads the author's posts
 * ({@code GET /rest/posts?q=author&author=...}) for the same commentary.
 */
@Component
class LinkedInPublisher implements Publisher {

	static final String NAME = "LinkedIn";

	/** The Posts API version Clearance is written against (YYYYMM). */
	static final String VERSION = "202410";

	private final PlatformHttp http;

	LinkedInPublisher(PlatformHttp http) {
		this.http = http;
	}

	@Override
	public Network network() {
		return Network.LINKEDIN;
	}

	@Override
	public PublishedPost publish(Target target, Outgoing post) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("author", target.platformAccountId());
		body.put("commentary", escape(post.text()));
		body.put("visibility", "PUBLIC");
		body.put("distribution", Map.of("feedDistribution", "MAIN_FEED", "targetEntities", List.of(),
				"thirdPartyDistributionChannels", List.of()));
		body.put("lifecycleState", "PUBLISHED");
		body.put("isReshareDisabledByAuthor", false);
		Response response = http.send(NAME, request(target, "/rest/posts").header("Content-Type", "application/json")
			.POST(PlatformHttp.json(body)));
		String urn = response.header("x-restli-id")
			.orElseThrow(() -> PlatformException.temporary(NAME + " answered " + response.status()
					+ " without the x-restli-id header", null));
		return of(urn);
	}

	@Override
	public Optional<PublishedPost> find(Target target, Outgoing post) {
		Response response = http.send(NAME, request(target, "/rest/posts?q=author&author="
				+ PlatformHttp.encode(target.platformAccountId()) + "&count=20&sortBy=LAST_MODIFIED").GET());
		String wanted = PlatformHttp.normalize(escape(post.text()));
		for (JsonNode element : response.json().path("elements")) {
			if (wanted.equals(PlatformHttp.normalize(element.path("commentary").asText()))) {
				return Optional.of(of(element.path("id").asText()));
			}
		}
		return Optional.empty();
	}

	@Override
	public void delete(Target target, String externalId) {
		http.send(NAME, request(target, "/rest/posts/" + PlatformHttp.encode(externalId)).DELETE());
	}

	/** {@code GET /rest/socialActions/{urn}}: likes and comments (shares and reach need organization statistics). */
	@Override
	public Optional<Engagement> engagement(Target target, String externalId) {
		JsonNode actions = http.send(NAME, request(target, "/rest/socialActions/" + PlatformHttp.encode(externalId))
			.GET()).json();
		JsonNode likes = actions.at("/likesSummary/totalLikes");
		JsonNode comments = actions.at("/commentsSummary/aggregatedTotalComments");
		return Optional.of(new Engagement(likes.isNumber() ? likes.asLong() : null, null,
				comments.isNumber() ? comments.asLong() : null, null));
	}

	/** LinkedIn's little text format reserves these characters; unescaped, they vanish or break the post. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			if ("\\|{}@[]()<>#*_~".indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	private static HttpRequest.Builder request(Target target, String path) {
		String base = target.apiBaseUrl().endsWith("/") ? target.apiBaseUrl().substring(0,
				target.apiBaseUrl().length() - 1) : target.apiBaseUrl();
		return HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + target.token())
			.header("Linkedin-Version", VERSION)
			.header("X-Restli-Protocol-Version", "2.0.0");
	}

	private static PublishedPost of(String urn) {
		return new PublishedPost(urn, "https://www.linkedin.com/feed/update/" + urn);
	}
}
