package io.clearance.publishing.instagram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import io.clearance.publishing.Publisher.Outgoing;
import io.clearance.publishing.Publisher.Target;
import io.clearance.screening.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Instagram content publishing (POST /{ig-user-id}/media, then /media_publish) on a loopback stub. */
class InstagramPublisherTest extends ConnectorContract {

	@Override
	protected Publisher publisher(PlatformHttp http) {
		return new InstagramPublisher(http);
	}

	@Override
	protected List<String> media() {
		return List.of("https://cdn.example.org/flu.jpg A nurse giving a flu shot");
	}

	@Override
	protected Target target(String apiBaseUrl) {
		return new Target(Platform.INSTAGRAM, 3L, "17841400008460056", apiBaseUrl + "/v21.0", "ig-token");
	}

	@Override
	protected void stubPreliminaries() {
		platform.stubFor(post(urlEqualTo("/v21.0/17841400008460056/media")).willReturn(okJson("{\"id\":\"1790001\"}")));
	}

	@Override
	protected MappingBuilder publishCall() {
		return post(urlEqualTo("/v21.0/17841400008460056/media_publish"));
	}

	@Override
	protected ResponseDefinitionBuilder created() {
		return okJson("{\"id\":\"17920238422030506\"}");
	}

	@Override
	protected String createdId() {
		return "17920238422030506";
	}

	@Override
	protected ResponseDefinitionBuilder tokenRevoked() {
		return aResponse().withStatus(400).withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Error validating access token: Session has expired\","
					+ "\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463}}");
	}

	@Override
	protected String tokenRevokedMessage() {
		return "Session has expired";
	}

	@Override
	protected MappingBuilder recentPostsCall() {
		return get(urlPathEqualTo("/v21.0/17841400008460056/media"));
	}

	@Override
	protected ResponseDefinitionBuilder recentPosts(String text) {
		return okJson("{\"data\":[{\"id\":\"17920238422030506\",\"caption\":\"" + (text == null ? "Older" : text)
				+ "\",\"permalink\":\"https://www.instagram.com/p/Cx1/\"}]}");
	}

	@Override
	protected void verifyPublishRequest(RequestPatternBuilder request) {
		platform.verify(postRequestedFor(urlEqualTo("/v21.0/17841400008460056/media"))
			.withFormParam("image_url", equalTo("https://cdn.example.org/flu.jpg"))
			.withFormParam("caption", equalTo(TEXT))
			.withFormParam("access_token", equalTo("ig-token")));
		platform.verify(request.withFormParam("creation_id", equalTo("1790001")));
	}

	@Override
	protected Publisher.Engagement stubEngagement() {
		platform.stubFor(get(urlPathEqualTo("/v21.0/17920238422030506")).willReturn(okJson(
				"{\"like_count\":88,\"comments_count\":4,\"id\":\"17920238422030506\"}")));
		return new Publisher.Engagement(88L, null, 4L, null);
	}

	@Override
	protected RequestPatternBuilder publishRequests() {
		return postRequestedFor(urlEqualTo("/v21.0/17841400008460056/media_publish"));
	}

	@Test
	void aPostWithoutAnImageIsRefusedBeforeAnyCall() {
		assertThatThrownBy(() -> publisher.publishOnce(target(), new Outgoing(KEY, TEXT, List.of("A nurse"), false)))
			.isInstanceOfSatisfying(PlatformException.class, e -> {
				assertThat(e.retryable()).isFalse();
				assertThat(e.getMessage()).contains("needs an image");
			});
		assertThat(platform.getAllServeEvents()).isEmpty();
	}

	@Test
	void takedownIsRefusedBecauseTheApiCannotDeleteMedia() {
		assertThatThrownBy(() -> publisher.delete(target(), "17920238422030506"))
			.isInstanceOfSatisfying(PlatformException.class, e -> assertThat(e.retryable()).isFalse());
	}
}
