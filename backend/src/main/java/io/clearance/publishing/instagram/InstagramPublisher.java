package io.clearance.publishing.instagram;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.publishing.Network;
import io.clearance.publishing.PlatformException;
import io.clearance.publishing.PlatformHttp;
import io.clearance.publishing.PlatformHttp.Response;
import io.clearance.publishing.Publisher;
import io.clearance.publishing.facebook.GraphErrors;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Instagram (professional account), Graph API content publishing: {@code POST /{ig-user-id}/media} with
 * {@code image_url} and {@code caption} creates a container, {@code POST /{ig-user-id}/media_publish} with
 * {@code creation_id} publishes it. Instagram posts need an image: Clearance stores no files, so the first media
 * description must begin with the image's public https URL ({@code https://cdn.example.org/flu.jpg Nurse giving a
 * flu shot}); without one the post is refused before any call. A retry first reads the account's recent media
 * ({@code GET /{ig-user-id}/media?fields=id,caption,permalink}) for the same caption. The API cannot delete media.
 */
@Component
class InstagramPublisher implements Publisher {

	static final String NAME = "Instagram";

	private static final Pattern IMAGE_URL = Pattern.compile("^\\s*(https://\\S+)");

	private final PlatformHttp http;

	InstagramPublisher(PlatformHttp http) {
		this.http = http;
	}

	@Override
	public Network network() {
		return Network.INSTAGRAM;
	}

	@Override
	public PublishedPost publish(Target target, Outgoing post) {
		String imageUrl = post.mediaDescriptions().stream()
			.map(IMAGE_URL::matcher)
			.filter(Matcher::find)
			.map(m -> m.group(1))
			.findFirst()
			.orElseThrow(() -> PlatformException.permanent(NAME + " needs an image: start the first media "
					+ "description with the image's public https URL"));
		Map<String, String> container = new LinkedHashMap<>();
		container.put("image_url", imageUrl);
		container.put("caption", post.text());
		container.put("access_token", target.token());
		String creationId = post(target, "/media", container).json().path("id").asText();
		Map<String, String> publish = new LinkedHashMap<>();
		publish.put("creation_id", creationId);
		publish.put("access_token", target.token());
		String mediaId = post(target, "/media_publish", publish).json().path("id").asText();
		return new PublishedPost(mediaId, null);
	}

	@Override
	public Optional<PublishedPost> find(Target target, Outgoing post) {
		Response response = http.send(NAME, HttpRequest.newBuilder(URI.create(GraphErrors.base(target.apiBaseUrl())
				+ "/" + target.platformAccountId() + "/media?fields=id,caption,permalink&limit=25&access_token="
				+ PlatformHttp.encode(target.token()))).GET(), GraphErrors.classifier(http));
		String wanted = PlatformHttp.normalize(post.text());
		for (JsonNode media : response.json().path("data")) {
			if (wanted.equals(PlatformHttp.normalize(media.path("caption").asText()))) {
				return Optional.of(new PublishedPost(media.path("id").asText(),
						media.path("permalink").isTextual() ? media.path("permalink").asText() : null));
			}
		}
		return Optional.empty();
	}

	@Override
	public void delete(Target target, String externalId) {
		throw PlatformException.permanent(NAME + "'s API cannot delete published media: take post " + externalId
				+ " down in the Instagram app");
	}

	/** {@code GET /{ig-media-id}?fields=like_count,comments_count}. */
	@Override
	public Optional<Engagement> engagement(Target target, String externalId) {
		JsonNode media = http.send(NAME, HttpRequest.newBuilder(URI.create(GraphErrors.base(target.apiBaseUrl()) + "/"
				+ PlatformHttp.encode(externalId) + "?fields=like_count,comments_count&access_token="
				+ PlatformHttp.encode(target.token()))).GET(), GraphErrors.classifier(http)).json();
		return Optional.of(new Engagement(media.path("like_count").isNumber() ? media.path("like_count").asLong() : null,
				null, media.path("comments_count").isNumber() ? media.path("comments_count").asLong() : null, null));
	}

	private Response post(Target target, String edge, Map<String, String> form) {
		return http.send(NAME, HttpRequest.newBuilder(URI.create(GraphErrors.base(target.apiBaseUrl()) + "/"
				+ target.platformAccountId() + edge)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(PlatformHttp.form(form))), GraphErrors.classifier(http));
	}
}
