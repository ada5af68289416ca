package io.clearance.publishing.youtube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.clearance.publishing.ConnectorContract;
import io.clearance.publishing.PlatformException;
import io.clearance.publishing.PlatformHttp;
import io.clearance.publishing.Publisher;
import io.clearance.publishing.Publisher.Target;
import io.clearance.screening.Platform;
import org.junit.jupiter.api.Test;

/** YouTube Data API v3 comment threads (insert, list by video, comments.delete) on a loopback stub. */
class YouTubePublisherTest extends ConnectorContract {

	@Override
	protected Publisher publisher(PlatformHttp http) {
		return new YouTubePublisher(http);
	}

	@Override
	protected Target target(String apiBaseUrl) {
		return new Target(Platform.YOUTUBE, 3L, "dQw4w9WgXcQ", apiBaseUrl, "yt-token");
	}

	@Override
	protected MappingBuilder publishCall() {
		return post(urlEqualTo("/youtube/v3/commentThreads?part=snippet"));
	}

	@Override
	protected ResponseDefinitionBuilder created() {
		return okJson("{\"kind\":\"youtube#commentThread\",\"id\":\"UgzX1\",\"snippet\":{\"videoId\":\"dQw4w9WgXcQ\","
				+ "\"topLevelComment\":{\"kind\":\"youtube#comment\",\"id\":\"UgzX1\",\"snippet\":{\"textOriginal\":"
				+ "\"Free flu shots\"}}}}");
	}

	@Override
	protected String createdId() {
		return "UgzX1";
	}

	@Override
	protected ResponseDefinitionBuilder tokenRevoked() {
		return aResponse().withStatus(401).withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication credentials.\","
					+ "\"errors\":[{\"reason\":\"authError\",\"domain\":\"global\"}],\"status\":\"UNAUTHENTICATED\"}}");
	}

	@Override
	protected String tokenRevokedMessage() {
		return "Request had invalid authentication credentials.";
	}

	@Override
	protected MappingBuilder recentPostsCall() {
		return get(urlPathEqualTo("/youtube/v3/commentThreads"));
	}

	@Override
	protected ResponseDefinitionBuilder recentPosts(String text) {
		return okJson("{\"kind\":\"youtube#commentThreadListResponse\",\"items\":[{\"id\":\"UgzX1\",\"snippet\":"
				+ "{\"videoId\":\"dQw4w9WgXcQ\",\"topLevelComment\":{\"snippet\":{\"textOriginal\":\""
				+ (text == null ? "First!" : text) + "\"}}}}]}");
	}

	@Override
	protected void verifyPublishRequest(RequestPatternBuilder request) {
		platform.verify(request.withHeader("Authorization", equalTo("Bearer yt-token"))
			.withRequestBody(equalToJson("{\"snippet\":{\"videoId\":\"dQw4w9WgXcQ\",\"topLevelComment\":{\"snippet\":"
					+ "{\"textOriginal\":\"" + TEXT + "\"}}}}")));
	}

	@Override
	protected Publisher.Engagement stubEngagement() {
		platform.stubFor(get(urlEqualTo("/youtube/v3/commentThreads?part=snippet&id=UgzX1")).willReturn(okJson(
				"{\"items\":[{\"id\":\"UgzX1\",\"snippet\":{\"videoId\":\"dQw4w9WgXcQ\",\"topLevelComment\":"
						+ "{\"snippet\":{\"textOriginal\":\"Free flu shots\",\"likeCount\":12}},"
						+ "\"totalReplyCount\":2}}]}")));
		return new Publisher.Engagement(12L, null, 2L, null);
	}

	@Override
	protected RequestPatternBuilder publishRequests() {
		return postRequestedFor(urlEqualTo("/youtube/v3/commentThreads?part=snippet"));
	}

	@Test
	void anExhaustedQuotaIsRetriedLater() {
		platform.stubFor(publishCall().willReturn(aResponse().withStatus(403).withBody("{\"error\":{\"code\":403,"
				+ "\"message\":\"The request cannot be completed because you have exceeded your quota.\",\"errors\":"
				+ "[{\"reason\":\"quotaExceeded\",\"domain\":\"youtube.quota\"}]}}")));
		assertThatThrownBy(() -> publisher.publishOnce(target(), first())).isInstanceOfSatisfying(
				PlatformException.class, e -> assertThat(e.retryable()).isTrue());
	}

	@Test
	void deletesTheComment() {
		platform.stubFor(delete(urlPathEqualTo("/youtube/v3/comments")).willReturn(aResponse().withStatus(204)));
		publisher.delete(target(), "UgzX1");
		platform.verify(deleteRequestedFor(urlEqualTo("/youtube/v3/comments?id=UgzX1")));
	}
}
