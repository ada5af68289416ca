package io.clearance.publishing.x;

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
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** X API v2 (POST /2/tweets, GET /2/users/:id/tweets, DELETE /2/tweets/:id) on a loopback stub. */
class XPublisherTest extends ConnectorContract {

	@Override
	protected Publisher publisher(PlatformHttp http) {
		return new XPublisher(http);
	}

	@Override
	protected Target target(String apiBaseUrl) {
		return new Target(Platform.TWITTER, 3L, "2244994945", apiBaseUrl, "x-user-token");
	}

	@Override
	protected MappingBuilder publishCall() {
		return post(urlEqualTo("/2/tweets"));
	}

	@Override
	protected ResponseDefinitionBuilder created() {
		return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
			.withBody("{\"data\":{\"id\":\"1445880548472328192\",\"text\":\"Free flu shots\"}}");
	}

	@Override
	protected String createdId() {
		return "1445880548472328192";
	}

	@Override
	protected ResponseDefinitionBuilder tokenRevoked() {
		return aResponse().withStatus(401).withHeader("Content-Type", "application/problem+json")
			.withBody("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}");
	}

	@Override
	protected String tokenRevokedMessage() {
		return "answered 401: Unauthorized";
	}

	@Override
	protected MappingBuilder recentPostsCall() {
		return get(urlPathEqualTo("/2/users/2244994945/tweets"));
	}

	@Override
	protected ResponseDefinitionBuilder recentPosts(String text) {
		String shown = text == null ? "Last week's post" : text.replace("&", "&amp;");
		return okJson("{\"data\":[{\"id\":\"1445880548472328192\",\"edit_history_tweet_ids\":[\"1445880548472328192\"],"
				+ "\"text\":\"" + shown + "\"}],\"meta\":{\"result_count\":1}}");
	}

	@Override
	protected void verifyPublishRequest(RequestPatternBuilder request) {
		platform.verify(request.withHeader("Authorization", equalTo("Bearer x-user-token"))
			.withRequestBody(equalToJson("{\"text\":\"" + TEXT + "\"}")));
	}

	@Override
	protected Publisher.Engagement stubEngagement() {
		platform.stubFor(get(urlEqualTo("/2/tweets/1445880548472328192?tweet.fields=public_metrics")).willReturn(okJson(
				"{\"data\":{\"id\":\"1445880548472328192\",\"text\":\"Free flu shots\",\"public_metrics\":"
						+ "{\"retweet_count\":5,\"reply_count\":2,\"like_count\":31,\"quote_count\":1,"
						+ "\"bookmark_count\":0,\"impression_count\":1200}}}")));
		return new Publisher.Engagement(31L, 6L, 2L, 1200L);
	}

	@Override
	protected RequestPatternBuilder publishRequests() {
		return postRequestedFor(urlEqualTo("/2/tweets"));
	}

	@Test
	void aRateLimitWithoutRetryAfterWaitsForTheResetHeader() {
		long reset = Instant.now().plusSeconds(900).getEpochSecond();
		platform.stubFor(publishCall().willReturn(aResponse().withStatus(429)
			.withHeader("x-rate-limit-reset", String.valueOf(reset)).withBody("{\"title\":\"Too Many Requests\"}")));
		assertThatThrownBy(() -> publisher.publishOnce(target(), first())).isInstanceOfSatisfying(
				PlatformException.class,
				e -> assertThat(e.retryNotBefore()).contains(Instant.ofEpochSecond(reset)));
	}

	@Test
	void aRetryRecognisesAPostWhoseLinksXShortened() {
		String text = "Flu clinic hours: https://www.example-clinic.org/flu-clinic?utm=x";
		platform.stubFor(recentPostsCall().willReturn(okJson("{\"data\":[{\"id\":\"42\",\"text\":"
				+ "\"Flu clinic hours: https://t.co/AbC123\"}]}")));
		platform.stubFor(publishCall().willReturn(created()));
		assertThat(publisher.publishOnce(target(), new io.clearance.publishing.Publisher.Outgoing(KEY, text,
				java.util.List.of(), true)).externalId()).isEqualTo("42");
		platform.verify(0, publishRequests());
	}

	@Test
	void deletesAPost() {
		platform.stubFor(delete(urlEqualTo("/2/tweets/1445880548472328192"))
			.willReturn(okJson("{\"data\":{\"deleted\":true}}")));
		publisher.delete(target(), "1445880548472328192");
		platform.verify(deleteRequestedFor(urlEqualTo("/2/tweets/1445880548472328192")));
	}

	@Test
	void contentTheApiRefusesIsPermanent() {
		platform.stubFor(publishCall().willReturn(aResponse().withStatus(403).withHeader("Content-Type",
				"application/json").withBody("{\"detail\":\"You are not allowed to create a Tweet with duplicate "
						+ "content.\",\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}")));
		assertThatThrownBy(() -> publisher.publishOnce(target(), first())).isInstanceOfSatisfying(
				PlatformException.class, e -> {
					assertThat(e.retryable()).isFalse();
					assertThat(e.getMessage()).contains("duplicate content");
				});
	}
}
