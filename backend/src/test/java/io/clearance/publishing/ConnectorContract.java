package io.clearance.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.clearance.publishing.Publisher.Outgoing;
import io.clearance.publishing.Publisher.PublishedPost;
import io.clearance.publishing.Publisher.Target;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every connector must do against a loopback stub of its platform's documented API: publish with the documented
 * request, keep the platform's message on a refused token, honour {@code Retry-After}, retry after a 5xx, and never
 * post twice when a retry follows a timeout or a lost answer (the retry finds the earlier post). Each platform's test
 * class supplies the request and response shapes.
 */
public abstract class ConnectorContract {

	protected static final String TEXT = "Free flu shots this Saturday (9-12) at the main campus & the east clinic!";

	protected static final String KEY = "post-7-r2-account-3";

	protected WireMockServer platform;

	protected PlatformHttp http;

	protected Publisher publisher;

	@BeforeEach
	void startPlatform() {
		platform = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		platform.start();
		http = new PlatformHttp(Duration.ofSeconds(5), Duration.ofSeconds(10), Clock.systemUTC());
		publisher = publisher(http);
	}

	@AfterEach
	void stopPlatform() {
		platform.stop();
	}

	/** The connector under test. */
	protected abstract Publisher publisher(PlatformHttp http);

	/** The account as the connector gets it, pointing at the stub. */
	protected abstract Target target(String apiBaseUrl);

	/** The call that creates the post on the platform (for Instagram: media_publish). */
	protected abstract MappingBuilder publishCall();

	/** What the platform answers when it created the post. */
	protected abstract ResponseDefinitionBuilder created();

	/** The id the connector must report for {@link #created()}. */
	protected abstract String createdId();

	/** The platform's answer to a revoked or invalid token, with its message. */
	protected abstract ResponseDefinitionBuilder tokenRevoked();

	/** The message in {@link #tokenRevoked()}. */
	protected abstract String tokenRevokedMessage();

	/** The call listing the account's recent posts. */
	protected abstract MappingBuilder recentPostsCall();

	/** The account's recent posts, holding a post with {@code text} (as the platform shows it) or not. */
	protected abstract ResponseDefinitionBuilder recentPosts(String textOrNull);

	/** Checks the one publishing request against the documented shape. */
	protected abstract void verifyPublishRequest(RequestPatternBuilder publishRequest);

	/** The pattern of publishing requests (to count them). */
	protected abstract RequestPatternBuilder publishRequests();

	/** Stubs the platform's engagement figures of {@link #createdId()} and returns what the connector must read. */
	protected abstract Publisher.Engagement stubEngagement();

	/** Anything else the platform needs before the publishing call (Instagram: the container). */
	protected void stubPreliminaries() {
	}

	protected List<String> media() {
		return List.of();
	}

	protected Outgoing first() {
		return new Outgoing(KEY, TEXT, media(), false);
	}

	protected Outgoing retry() {
		return new Outgoing(KEY, TEXT, media(), true);
	}

	protected Target target() {
		return target(platform.baseUrl());
	}

	/** Requests the platform answered with 2xx: the posts it actually created. */
	protected long postsCreated() {
		RequestPatternBuilder pattern = publishRequests();
		return platform.getAllServeEvents().stream()
			.filter(e -> pattern.build().match(e.getRequest()).isExactMatch())
			.filter(e -> e.getResponse().getStatus() >= 200 && e.getResponse().getStatus() < 300)
			.count();
	}

	@Test
	void publishesWithTheDocumentedRequestAndReportsThePlatformsId() {
		stubPreliminaries();
		platform.stubFor(publishCall().willReturn(created()));
		PublishedPost post = publisher.publishOnce(target(), first());
		assertThat(post.externalId()).isEqualTo(createdId());
		platform.verify(exactly(1), publishRequests());
		verifyPublishRequest(publishRequests());
		assertThat(postsCreated()).isOne();
	}

	@Test
	void aRevokedTokenIsAPermanentFailureWithThePlatformsMessage() {
		stubPreliminaries();
		platform.stubFor(publishCall().willReturn(tokenRevoked()));
		assertThatThrownBy(() -> publisher.publishOnce(target(), first())).isInstanceOfSatisfying(
				PlatformException.class, e -> {
					assertThat(e.retryable()).isFalse();
					assertThat(e.getMessage()).contains(tokenRevokedMessage());
				});
		assertThat(postsCreated()).isZero();
	}

	@Test
	void aRateLimitIsRetriedNotBeforeRetryAfter() {
		stubPreliminaries();
		platform.stubFor(publishCall().willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")
			.withHeader("Content-Type", "application/json").withBody("{\"error\":\"Too many requests\"}")));
		Instant now = Instant.now();
		assertThatThrownBy(() -> publisher.publishOnce(target(), first())).isInstanceOfSatisfying(
				PlatformException.class, e -> {
					assertThat(e.retryable()).isTrue();
					assertThat(e.retryNotBefore()).hasValueSatisfying(
							at -> assertThat(at).isCloseTo(now.plusSeconds(120), within(5, ChronoUnit.SECONDS)));
				});
		assertThat(postsCreated()).isZero();
	}

	@Test
	void aServerErrorIsRetriedAndTheRetryPostsOnce() {
		stubPreliminaries();
		platform.stubFor(publishCall().inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withBody("{\"error\":\"internal\"}"))
			.willSetStateTo("recovered"));
		platform.stubFor(publishCall().inScenario("flaky").whenScenarioStateIs("recovered").willReturn(created()));
		platform.stubFor(recentPostsCall().willReturn(recentPosts(null)));
		assertThatThrownBy(() -> publisher.publishOnce(target(), first())).isInstanceOfSatisfying(
				PlatformException.class, e -> assertThat(e.retryable()).isTrue());
		PublishedPost post = publisher.publishOnce(target(), retry());
		assertThat(post.externalId()).isEqualTo(createdId());
		assertThat(postsCreated()).isOne();
	}

	@Test
	void aTimeoutIsRetriedAndTheRetryFindsThePostInsteadOfPostingAgain() {
		stubPreliminaries();
		// the platform takes the post but answers too late: the connector gives up, the post exists
		platform.stubFor(publishCall().willReturn(created().withFixedDelay(2000)));
		Publisher impatient = publisher(new PlatformHttp(Duration.ofSeconds(5), Duration.ofMillis(800),
				Clock.systemUTC()));
		assertThatThrownBy(() -> impatient.publishOnce(target(), first())).isInstanceOfSatisfying(
				PlatformException.class, e -> assertThat(e.retryable()).isTrue());
		platform.stubFor(recentPostsCall().willReturn(recentPosts(TEXT)));
		PublishedPost post = publisher.publishOnce(target(), retry());
		assertThat(post.externalId()).isEqualTo(createdId());
		platform.verify(exactly(1), publishRequests());
	}

	@Test
	void aDuplicateRetryAfterALostAnswerDoesNotPostTwice() {
		stubPreliminaries();
		platform.stubFor(publishCall().willReturn(created()));
		platform.stubFor(recentPostsCall().willReturn(recentPosts(TEXT)));
		publisher.publishOnce(target(), first());
		// the answer was lost (say the node crashed before recording it): the job runs again
		PublishedPost again = publisher.publishOnce(target(), retry());
		assertThat(again.externalId()).isEqualTo(createdId());
		platform.verify(exactly(1), publishRequests());
		assertThat(postsCreated()).isOne();
	}

	@Test
	void readsTheEngagementFiguresThePlatformGives() {
		Publisher.Engagement expected = stubEngagement();
		assertThat(publisher.engagement(target(), createdId())).contains(expected);
	}

	@Test
	void aRetryThatFindsNothingPostsOnce() {
		stubPreliminaries();
		platform.stubFor(publishCall().willReturn(created()));
		platform.stubFor(recentPostsCall().willReturn(recentPosts("Another post entirely")));
		PublishedPost post = publisher.publishOnce(target(), retry());
		assertThat(post.externalId()).isEqualTo(createdId());
		platform.verify(exactly(1), publishRequests());
	}
}
