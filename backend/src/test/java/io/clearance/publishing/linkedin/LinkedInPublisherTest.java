package io.clearance.publishing.linkedin;

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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.clearance.publishing.ConnectorContract;
import io.clearance.publishing.PlatformHttp;
import io.clearance.publishing.Publisher;
import io.clearance.publishing.Publisher.Target;
import io.clearance.screening.Platform;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LinkedIn's Posts API (POST /rest/posts with x-restli-id, GET /rest/posts?q=author, DELETE) on a loopback stub. */
class LinkedInPublisherTest extends ConnectorContract {

	private static final String AUTHOR = "urn:li:organization:5515715";

	private static final String URN = "urn:li:share:6844785523593134080";

	@Override
	protected Publisher publisher(PlatformHttp http) {
		return new LinkedInPublisher(http);
	}

	@Override
	protected Target target(String apiBaseUrl) {
		return new Target(Platform.LINKEDIN, 3L, AUTHOR, apiBaseUrl, "li-token");
	}

	@Override
	protected MappingBuilder publishCall() {
		return post(urlEqualTo("/rest/posts"));
	}

	@Override
	protected ResponseDefinitionBuilder created() {
		return aResponse().withStatus(201).withHeader("x-restli-id", URN);
	}

	@Override
	protected String createdId() {
		return URN;
	}

	@Override
	protected ResponseDefinitionBuilder tokenRevoked() {
		return aResponse().withStatus(401).withHeader("Content-Type", "application/json")
			.withBody("{\"status\":401,\"serviceErrorCode\":65601,\"code\":\"REVOKED_ACCESS_TOKEN\","
					+ "\"message\":\"The token used in the request has been revoked by the user\"}");
	}

	@Override
	protected String tokenRevokedMessage() {
		return "has been revoked by the user";
	}

	@Override
	protected MappingBuilder recentPostsCall() {
		return get(urlPathEqualTo("/rest/posts"));
	}

	@Override
	protected ResponseDefinitionBuilder recentPosts(String text) {
		try {
			String commentary = text == null ? "Older post" : LinkedInPublisher.escape(text);
			return okJson(new ObjectMapper().writeValueAsString(Map.of("elements", java.util.List.of(Map.of("id",
					URN, "author", AUTHOR, "commentary", commentary, "lifecycleState", "PUBLISHED")), "paging",
					Map.of("start", 0, "count", 10))));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	protected void verifyPublishRequest(RequestPatternBuilder request) {
		platform.verify(request.withHeader("Authorization", equalTo("Bearer li-token"))
			.withHeader("Linkedin-Version", equalTo(LinkedInPublisher.VERSION))
			.withHeader("X-Restli-Protocol-Version", equalTo("2.0.0"))
			.withRequestBody(equalToJson("{\"author\":\"" + AUTHOR + "\",\"commentary\":\"Free flu shots this Saturday "
					+ "\\\\(9-12\\\\) at the main campus & the east clinic!\",\"visibility\":\"PUBLIC\","
					+ "\"distribution\":{\"feedDistribution\":\"MAIN_FEED\",\"targetEntities\":[],"
					+ "\"thirdPartyDistributionChannels\":[]},\"lifecycleState\":\"PUBLISHED\","
					+ "\"isReshareDisabledByAuthor\":false}")));
	}

	@Override
	protected Publisher.Engagement stubEngagement() {
		platform.stubFor(get(urlEqualTo("/rest/socialActions/urn%3Ali%3Ashare%3A6844785523593134080")).willReturn(okJson(
				"{\"target\":\"" + URN + "\",\"likesSummary\":{\"totalLikes\":17,\"likedByCurrentUser\":false},"
						+ "\"commentsSummary\":{\"totalFirstLevelComments\":2,\"aggregatedTotalComments\":3}}")));
		return new Publisher.Engagement(17L, null, 3L, null);
	}

	@Override
	protected RequestPatternBuilder publishRequests() {
		return postRequestedFor(urlEqualTo("/rest/posts"));
	}

	@Test
	void theRetryLooksUpTheAuthorsPosts() {
		platform.stubFor(recentPostsCall().willReturn(recentPosts(TEXT)));
		publisher.publishOnce(target(), retry());
		assertThat(platform.findAll(com.github.tomakehurst.wiremock.client.WireMock
			.getRequestedFor(urlPathEqualTo("/rest/posts")))).singleElement()
			.satisfies(r -> assertThat(r.queryParameter("author").firstValue()).isEqualTo(AUTHOR))
			.satisfies(r -> assertThat(r.queryParameter("q").firstValue()).isEqualTo("author"));
	}

	@Test
	void deletesAPostByItsUrn() {
		platform.stubFor(delete(urlEqualTo("/rest/posts/urn%3Ali%3Ashare%3A6844785523593134080"))
			.willReturn(aResponse().withStatus(204)));
		publisher.delete(target(), URN);
		platform.verify(deleteRequestedFor(urlEqualTo("/rest/posts/urn%3Ali%3Ashare%3A6844785523593134080")));
	}
}
