package io.clearance.publishing.mastodon;

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

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.clearance.publishing.ConnectorContract;
import io.clearance.publishing.PlatformHttp;
import io.clearance.publishing.Publisher;
import io.clearance.publishing.Publisher.Target;
import io.clearance.screening.Platform;
import org.junit.jupiter.api.Test;

/** Mastodon's statuses API (docs.joinmastodon.org/methods/statuses) on a loopback stub. */
class MastodonPublisherTest extends ConnectorContract {

	@Override
	protected Publisher publisher(PlatformHttp http) {
		return new MastodonPublisher(http);
	}

	@Override
	protected Target target(String apiBaseUrl) {
		return new Target(Platform.TWITTER, 3L, "109348", apiBaseUrl + "/", "mastodon-token");
	}

	@Override
	protected MappingBuilder publishCall() {
		return post(urlEqualTo("/api/v1/statuses"));
	}

	@Override
	protected ResponseDefinitionBuilder created() {
		return okJson("{\"id\":\"113507\",\"created_at\":\"2026-11-28T19:00:00.000Z\",\"visibility\":\"public\","
				+ "\"url\":\"https://health.social/@clinic/113507\",\"content\":\"<p>Free flu shots</p>\"}");
	}

	@Override
	protected String createdId() {
		return "113507";
	}

	@Override
	protected ResponseDefinitionBuilder tokenRevoked() {
		return aResponse().withStatus(401).withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"The access token was revoked\"}");
	}

	@Override
	protected String tokenRevokedMessage() {
		return "The access token was revoked";
	}

	@Override
	protected MappingBuilder recentPostsCall() {
		return get(urlPathEqualTo("/api/v1/accounts/109348/statuses"));
	}

	@Override
	protected ResponseDefinitionBuilder recentPosts(String text) {
		String content = text == null ? "<p>Last week's post</p>"
				: "<p>" + text.replace("&", "&amp;") + "</p>";
		return okJson("[{\"id\":\"113507\",\"url\":\"https://health.social/@clinic/113507\",\"content\":\""
				+ content + "\"},{\"id\":\"113001\",\"content\":\"<p>Older</p>\"}]");
	}

	@Override
	protected void verifyPublishRequest(RequestPatternBuilder request) {
		platform.verify(request.withHeader("Authorization", equalTo("Bearer mastodon-token"))
			.withHeader("Idempotency-Key", equalTo(KEY))
			.withRequestBody(equalToJson("{\"status\":\"" + TEXT + "\",\"visibility\":\"public\"}")));
	}

	@Override
	protected Publisher.Engagement stubEngagement() {
		platform.stubFor(get(urlEqualTo("/api/v1/statuses/113507")).willReturn(okJson("{\"id\":\"113507\","
				+ "\"replies_count\":3,\"reblogs_count\":12,\"favourites_count\":40}")));
		return new Publisher.Engagement(40L, 12L, 3L, null);
	}

	@Override
	protected RequestPatternBuilder publishRequests() {
		return postRequestedFor(urlEqualTo("/api/v1/statuses"));
	}

	@Test
	void everyAttemptCarriesTheSameIdempotencyKey() {
		platform.stubFor(publishCall().willReturn(created()));
		platform.stubFor(recentPostsCall().willReturn(recentPosts(null)));
		publisher.publishOnce(target(), first());
		publisher.publishOnce(target(), retry());
		assertThat(platform.findAll(publishRequests())).hasSize(2)
			.allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo(KEY));
	}

	@Test
	void deletesAStatus() {
		platform.stubFor(delete(urlEqualTo("/api/v1/statuses/113507")).willReturn(okJson("{\"id\":\"113507\"}")));
		publisher.delete(target(), "113507");
		platform.verify(deleteRequestedFor(urlEqualTo("/api/v1/statuses/113507"))
			.withHeader("Authorization", equalTo("Bearer mastodon-token")));
	}
}
