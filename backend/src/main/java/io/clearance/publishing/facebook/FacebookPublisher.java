package io.clearance.publishing.facebook;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.publishing.Network;
import io.clearance.publishing.PlatformHttp;
import io.clearance.publishing.PlatformHttp.Response;
import io.clearance.publishing.Publisher;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Facebook Pages, Graph API: {@code POST /{page-id}/feed} with {@code message} and a Page access token
 * ({@code pages_manage_posts}); the answer is {@code {"id": "{page-id}_{post-id}"}}. The Graph API has no
 * idempotency key, so a retry first reads the Page's feed ({@code GET /{page-id}/feed?fields=id,message,permalink_url})
 * for a post with the same message. Text only (photos need {@code /{page-id}/photos} with the files).
 */
@Component
class FacebookPublisher implements Publisher {

	static final String NAME = "Facebook";

	private final PlatformHttp http;

	FacebookPublisher(PlatformHttp http) {
		this.http = http;
	}

	@Override
	public Network network() {
		return Network.FACEBOOK;
	}

	@Override
	public PublishedPost publish(Target target, Outgoing post) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("message", post.text());
		form.put("access_token", target.token());
		Response response = http.send(NAME, HttpRequest.newBuilder(uri(target, "/" + target.platformAccountId()
				+ "/feed")).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(PlatformHttp.form(form))), GraphErrors.classifier(http));
		String id = response.json().path("id").asText();
		return new PublishedPost(id, "https://www.facebook.com/" + id);
	}

	@Override
	public Optional<PublishedPost> find(Target target, Outgoing post) {
		Response response = http.send(NAME, HttpRequest.newBuilder(uri(target, "/" + target.platformAccountId()
				+ "/feed?fields=id,message,permalink_url&limit=25&access_token="
				+ PlatformHttp.encode(target.token()))).GET(), GraphErrors.classifier(http));
		String wanted = PlatformHttp.normalize(post.text());
		for (JsonNode item : response.json().path("data")) {
			if (wanted.equals(PlatformHttp.normalize(item.path("message").asText()))) {
				String id = item.path("id").asText();
				return Optional.of(new PublishedPost(id, item.path("permalink_url").isTextual()
						? item.path("permalink_url").asText() : "https://www.facebook.com/" + id));
			}
		}
		return Optional.empty();
	}

	@Override
	public void delete(Target target, String externalId) {
		http.send(NAME, HttpRequest.newBuilder(uri(target, "/" + PlatformHttp.encode(externalId) + "?access_token="
				+ PlatformHttp.encode(target.token()))).DELETE(), GraphErrors.classifier(http));
	}

	/** {@code GET /{post-id}?fields=reactions.summary(true),comments.summary(true),shares}. */
	@Override
	public Optional<Engagement> engagement(Target target, String externalId) {
		JsonNode post = http.send(NAME, HttpRequest.newBuilder(uri(target, "/" + PlatformHttp.encode(externalId)
				+ "?fields=" + PlatformHttp.encode("reactions.summary(true),comments.summary(true),shares")
				+ "&access_token=" + PlatformHttp.encode(target.token()))).GET(), GraphErrors.classifier(http)).json();
		JsonNode reactions = post.at("/reactions/summary/total_count");
		JsonNode comments = post.at("/comments/summary/total_count");
		JsonNode shares = post.at("/shares/count");
		return Optional.of(new Engagement(reactions.isNumber() ? reactions.asLong() : null,
				shares.isNumber() ? shares.asLong() : 0L, comments.isNumber() ? comments.asLong() : null, null));
	}

	private static URI uri(Target target, String path) {
		return URI.create(GraphErrors.base(target.apiBaseUrl()) + path);
	}
}
