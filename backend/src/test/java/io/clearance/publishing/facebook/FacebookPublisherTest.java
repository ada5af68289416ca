package io.clearance.publishing.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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

/** Facebook Pages through the Graph API (POST /{page-id}/feed, GET /{page-id}/feed, DELETE /{post-id}). */
class FacebookPublisherTest extends ConnectorContract {

	@Override
	protected Publisher publisher(PlatformHttp http) {
		return new FacebookPublisher(http);
	}

	@Override
	protected Target target(String apiBaseUrl) {
		return new Target(Platform.FACEBOOK, 3L, "104567", apiBaseUrl + "/v21.0", "page-token");
	}

	@Override
	protected MappingBuilder publishCall() {
		return post(urlEqualTo("/v21.0/104567/feed"));
	}

	@Override
	protected ResponseDefinitionBuilder created() {
		return okJson("{\"id\":\"104567_880011\"}");
	}

	@Override
	protected String createdId() {
		return "104567_880011";
	}

	@Override
	protected ResponseDefinitionBuilder tokenRevoked() {
		return aResponse().withStatus(400).withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Error validating access token: The user has not authorized "
					+ "application 1234.\",\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":458,"
					+ "\"fbtrace_id\":\"A1b2\"}}");
	}

	@Override
	protected String tokenRevokedMessage() {
		return "Error validating access token";
	}

	@Override
	protected MappingBuilder recentPostsCall() {
		return get(urlPathEqualTo("/v21.0/104567/feed"));
	}

	@Override
	protected ResponseDefinitionBuilder recentPosts(String text) {
		return okJson("{\"data\":[{\"id\":\"104567_880011\",\"message\":\"" + (text == null ? "Last week" : text)
				+ "\",\"permalink_url\":\"https://www.facebook.com/104567/posts/880011\"}],\"paging\":{}}");
	}

	@Override
	protected void verifyPublishRequest(RequestPatternBuilder request) {
		platform.verify(request.withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
			.withFormParam("message", equalTo(TEXT))
			.withFormParam("access_token", equalTo("page-token")));
	}

	@Override
	protected Publisher.Engagement stubEngagement() {
		platform.stubFor(get(urlPathEqualTo("/v21.0/104567_880011")).willReturn(okJson("{\"id\":\"104567_880011\","
				+ "\"reactions\":{\"data\":[],\"summary\":{\"total_count\":54}},\"comments\":{\"data\":[],"
				+ "\"summary\":{\"order\":\"ranked\",\"total_count\":7,\"can_comment\":true}},"
				+ "\"shares\":{\"count\":9}}")));
		return new Publisher.Engagement(54L, 9L, 7L, null);
	}

	@Override
	protected RequestPatternBuilder publishRequests() {
		return postRequestedFor(urlEqualTo("/v21.0/104567/feed"));
	}

	@Test
	void aGraphRateLimitCodeIsRetried() {
		platform.stubFor(publishCall().willReturn(aResponse().withStatus(400).withBody("{\"error\":{\"message\":"
				+ "\"(#32) Page request limit reached\",\"type\":\"OAuthException\",\"code\":32}}")));
		assertThatThrownBy(() -> publisher.publishOnce(target(), first())).isInstanceOfSatisfying(
				PlatformException.class, e -> {
					assertThat(e.retryable()).isTrue();
					assertThat(e.retryNotBefore()).isPresent();
				});
	}

	@Test
	void deletesAPagePost() {
		platform.stubFor(delete(urlPathEqualTo("/v21.0/104567_880011")).willReturn(okJson("{\"success\":true}")));
		publisher.delete(target(), "104567_880011");
		platform.verify(deleteRequestedFor(urlPathEqualTo("/v21.0/104567_880011"))
			.withQueryParam("access_token", equalTo("page-token")));
	}
}
