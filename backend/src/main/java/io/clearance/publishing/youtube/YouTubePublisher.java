package io.clearance.publishing.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import io.clearance.publishing.Network;
import io.clearance.publishing.PlatformException;
import io.clearance.publishing.PlatformHttp;
import io.clearance.publishing.PlatformHttp.Response;
import io.clearance.publishing.Publisher;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * YouTube, Data API v3. The API has no call for community posts, so Clearance publishes a post as a top-level comment
 * by the channel on one of its videos: {@code POST /youtube/v3/commentThreads?part=snippet} with
 * {@code snippet.videoId} and {@code topLevelComment.snippet.textOriginal} (OAuth scope
 * {@code youtube.force-ssl}). The account's platform id is that video's id (e.g. the channel's announcements video).
 * A retry first lists the video's newest comment threads for the same text. Quota errors (403
 * {@code quotaExceeded}/{@code rateLimitExceeded}) are retried later.
 */
@Component
class YouTubePublisher implements Publisher {

	static final String NAME = "YouTube";

	private final PlatformHttp http;

	private final PlatformHttp.Classifier quota;

	YouTubePublisher(PlatformHttp http) {
		this.http = http;
		this.quota = (platform, response, message) -> {
			String reason = response.json().at("/error/errors/0/reason").asText("");
			if (response.status() == 403 && (reason.equals("quotaExceeded") || reason.equals("rateLimitExceeded")
					|| reason.equals("userRateLimitExceeded"))) {
				return PlatformException.rateLimited(message, http.retryAfter(response));
			}
			return null;
		};
	}

	@Override
	public Network network() {
		return Network.YOUTUBE;
	}

	@Override
	public PublishedPost publish(Target target, Outgoing post) {
		Map<String, Object> body = Map.of("snippet", Map.of("videoId", target.platformAccountId(), "topLevelComment",
				Map.of("snippet", Map.of("textOriginal", post.text()))));
		Response response = http.send(NAME, request(target, "/youtube/v3/commentThreads?part=snippet")
			.header("Content-Type", "application/json")
			.POST(PlatformHttp.json(body)), quota);
		return of(target, response.json().path("id").asText());
	}

	@Override
	public Optional<PublishedPost> find(Target target, Outgoing post) {
		Response response = http.send(NAME, request(target, "/youtube/v3/commentThreads?part=snippet&videoId="
				+ PlatformHttp.encode(target.platformAccountId()) + "&order=time&maxResults=20&textFormat=plainText")
			.GET(), quota);
		String wanted = PlatformHttp.normalize(post.text());
		for (JsonNode thread : response.json().path("items")) {
			JsonNode comment = thread.path("snippet").path("topLevelComment").path("snippet");
			String text = comment.path("textOriginal").isTextual() ? comment.path("textOriginal").asText()
					: comment.path("textDisplay").asText();
			if (wanted.equals(PlatformHttp.normalize(text))) {
				return Optional.of(of(target, thread.path("id").asText()));
			}
		}
		return Optional.empty();
	}

	@Override
	public void delete(Target target, String externalId) {
		http.send(NAME, request(target, "/youtube/v3/comments?id=" + PlatformHttp.encode(externalId)).DELETE(), quota);
	}

	/** {@code GET /youtube/v3/commentThreads?part=snippet&id=...}: the comment's likes and replies. */
	@Override
	public Optional<Engagement> engagement(Target target, String externalId) {
		JsonNode thread = http.send(NAME, request(target, "/youtube/v3/commentThreads?part=snippet&id="
				+ PlatformHttp.encode(externalId)).GET(), quota).json().path("items").path(0).path("snippet");
		JsonNode likes = thread.at("/topLevelComment/snippet/likeCount");
		JsonNode replies = thread.path("totalReplyCount");
		return Optional.of(new Engagement(likes.isNumber() ? likes.asLong() : null, null,
				replies.isNumber() ? replies.asLong() : null, null));
	}

	private static HttpRequest.Builder request(Target target, String path) {
		String base = target.apiBaseUrl().endsWith("/") ? target.apiBaseUrl().substring(0,
				target.apiBaseUrl().length() - 1) : target.apiBaseUrl();
		return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + target.token());
	}

	private static PublishedPost of(Target target, String threadId) {
		return new PublishedPost(threadId, "https://www.youtube.com/watch?v=" + PlatformHttp.encode(
				target.platformAccountId()) + "&lc=" + PlatformHttp.encode(threadId));
	}
}
