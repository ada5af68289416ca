package io.clearance.publishing;

import io.clearance.support.TestEngines;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.clearance.api.ApiClient;
import io.clearance.api.ApiClient.Response;
import io.clearance.audit.AuditEntry;
import io.clearance.audit.AuditTrail;
import io.clearance.posts.Decision;
import io.clearance.posts.Post;
import io.clearance.posts.PostContent;
import io.clearance.posts.PostService.Draft;
import io.clearance.posts.PostStatus;
import io.clearance.review.process.PostApprovalProcess;
import io.clearance.review.process.ProcessTestSupport;
import io.clearance.screening.Platform;
import io.clearance.screening.PostKind;
import io.clearance.security.Caller;
import io.clearance.security.Groups;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Publishing through a connected account end to end: the real application (REST, engine with its failed-job
 * handling, database) and a Mastodon instance stubbed on loopback. The job executor is off: the test runs each job
 * and then looks at the job, the incident, the publication record and the post's history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"camunda.bpm.job-execution.enabled=false",
		"clearance.publishing.token-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
		"clearance.publishing.request-timeout=3s", TestEngines.PUBLISHING_TESTS })
@ActiveProfiles("test")
class PublishingIT extends ProcessTestSupport {

	private static final String TOKEN = "s3cret-mastodon-token";

	private static final String TEXT = "Join us this Saturday for our free community health fair at the main campus.";

	private static final Caller COMPLIANCE = new Caller("compliance", Set.of(Groups.COMPLIANCE));

	static WireMockServer mastodon;

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail audit;

	@Autowired
	PublishingService publishing;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EngagementRefresh engagement;

	@BeforeAll
	static void startInstance() {
		mastodon = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		mastodon.start();
	}

	@AfterAll
	static void stopInstance() {
		mastodon.stop();
	}

	@BeforeEach
	void resetInstance() {
		mastodon.resetAll();
		mastodon.stubFor(get(urlPathMatching("/api/v1/accounts/.*/statuses")).willReturn(okJson("[]")));
	}

	@Test
	void anAdministratorConnectsAnAccountWhoseTokenIsStoredEncryptedAndNeverShown() {
		ApiClient admin = ApiClient.as(port, "admin");
		Response created = admin.post("/api/accounts", Map.of("network", "MASTODON", "displayName", "Clinic",
				"platformAccountId", "109348", "apiBaseUrl", mastodon.baseUrl(), "token", TOKEN));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body()).doesNotContain(TOKEN).doesNotContain("v1:");
		assertThat(created.json().path("hasToken").asBoolean()).isTrue();
		assertThat(created.json().path("platform").asText()).isEqualTo("TWITTER");
		long id = created.json().path("id").asLong();

		String stored = jdbc.queryForObject("select token_ciphertext from platform_account where id = ?",
				String.class, id);
		assertThat(stored).startsWith("v1:").doesNotContain(TOKEN);

		Response listed = ApiClient.as(port, "author").get("/api/accounts");
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body()).contains("\"id\":" + id).doesNotContain(TOKEN).doesNotContain(stored);

		assertThat(ApiClient.as(port, "author").post("/api/accounts", Map.of("network", "X", "displayName", "X",
				"platformAccountId", "1", "token", "t")).status()).isEqualTo(403);
		assertThat(admin.post("/api/accounts", Map.of("network", "MASTODON", "displayName", "No instance",
				"platformAccountId", "1")).status()).as("a Mastodon account needs its instance").isEqualTo(422);

		assertThat(admin.delete("/api/accounts/" + id).json().path("active").asBoolean()).isFalse();
		assertThat(ApiClient.as(port, "author").get("/api/accounts").body()).doesNotContain("\"id\":" + id + ",");
		assertThat(jdbc.queryForObject("select token_ciphertext from platform_account where id = ?", String.class, id))
			.as("the token is wiped on disconnect").isNull();
	}

	@Test
	void aPostChoosesAccountsOfItsOwnPlatformsOnly() {
		long account = connect();
		ApiClient author = ApiClient.as(port, "author");
		Response wrong = author.post("/api/posts", Map.of("text", TEXT, "platforms", List.of("FACEBOOK"),
				"accountIds", List.of(account)));
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.json().path("type").asText()).isEqualTo("urn:clearance:problem:account-platform-mismatch");
		Response unknown = author.post("/api/posts", Map.of("text", TEXT, "platforms", List.of("TWITTER"),
				"accountIds", List.of(987654)));
		assertThat(unknown.status()).isEqualTo(422);
		Response fine = author.post("/api/posts", Map.of("text", TEXT, "platforms", List.of("TWITTER"),
				"accountIds", List.of(account)));
		assertThat(fine.status()).isEqualTo(201);
		assertThat(fine.json().path("accountIds").get(0).asLong()).isEqualTo(account);
	}

	@Test
	void aRateLimitedPublicationIsRetriedNotBeforeRetryAfterAndGoesOutOnce() {
		long account = connect();
		mastodon.stubFor(post(urlEqualTo("/api/v1/statuses")).inScenario("limit").whenScenarioStateIs("Started")
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")
				.withBody("{\"error\":\"Too many requests\"}"))
			.willSetStateTo("ok"));
		mastodon.stubFor(post(urlEqualTo("/api/v1/statuses")).inScenario("limit").whenScenarioStateIs("ok")
			.willReturn(okJson("{\"id\":\"113507\",\"url\":\"https://health.social/@clinic/113507\"}")));
		long postId = approved(account);
		ProcessInstance instance = instance(postId);

		Instant before = Instant.now();
		assertThatThrownBy(() -> executeJob(instance)).isNotNull();
		Job retry = job(instance);
		assertThat(retry.getRetries()).as("retries left").isEqualTo(4);
		assertThat(retry.getDuedate().toInstant()).as("not before Retry-After")
			.isAfterOrEqualTo(before.plusSeconds(599));
		assertThat(publishing.publicationsOf(postId)).singleElement().satisfies(p -> {
			assertThat(p.status()).isEqualTo(PublicationStatus.FAILED);
			assertThat(p.permanentFailure()).isFalse();
			assertThat(p.lastError()).contains("Too many requests");
		});

		executeJob(instance);
		assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);
		mastodon.verify(2, postRequestedFor(urlEqualTo("/api/v1/statuses")).withHeader("Idempotency-Key",
				equalTo("post-" + postId + "-r1-account-" + account)));
		assertThat(publishing.publicationsOf(postId)).singleElement().satisfies(p -> {
			assertThat(p.status()).isEqualTo(PublicationStatus.PUBLISHED);
			assertThat(p.accountId()).isEqualTo(account);
			assertThat(p.externalId()).isEqualTo("113507");
			assertThat(p.url()).isEqualTo("https://health.social/@clinic/113507");
			assertThat(p.publishedText()).isEqualTo(TEXT);
			assertThat(p.attempts()).isEqualTo(2);
		});
		JsonNode archive = ApiClient.as(port, "author").get("/api/posts/" + postId + "/publications").json();
		assertThat(archive.get(0).path("text").asText()).isEqualTo(TEXT);
		assertThat(archive.get(0).path("url").asText()).isEqualTo("https://health.social/@clinic/113507");

		mastodon.stubFor(get(urlEqualTo("/api/v1/statuses/113507")).willReturn(okJson(
				"{\"id\":\"113507\",\"replies_count\":3,\"reblogs_count\":12,\"favourites_count\":40}")));
		assertThat(engagement.refresh()).isPositive();
		JsonNode figures = ApiClient.as(port, "author").get("/api/posts/" + postId + "/publications").json().get(0)
			.path("engagement");
		assertThat(figures.path("likes").asLong()).isEqualTo(40);
		assertThat(figures.path("shares").asLong()).isEqualTo(12);
		assertThat(figures.path("comments").asLong()).isEqualTo(3);
	}

	@Test
	void aRevokedTokenStopsRetryingRaisesAnIncidentWithThePlatformsMessageAndTellsTheAuthor() {
		long account = connect();
		mastodon.stubFor(post(urlEqualTo("/api/v1/statuses")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json").withBody("{\"error\":\"The access token was revoked\"}")));
		long postId = approved(account);
		ProcessInstance instance = instance(postId);

		assertThatThrownBy(() -> executeJob(instance)).isNotNull();
		assertThat(job(instance).getRetries()).as("no retries after a permanent refusal").isZero();
		Incident incident = runtimeService.createIncidentQuery().processInstanceId(instance.getId()).singleResult();
		assertThat(incident).isNotNull();
		assertThat(incident.getActivityId()).isEqualTo(PostApprovalProcess.TASK_PUBLISH_POST);
		assertThat(incident.getIncidentMessage()).contains("The access token was revoked");
		assertThat(publishing.publicationsOf(postId)).singleElement().satisfies(p -> {
			assertThat(p.status()).isEqualTo(PublicationStatus.FAILED);
			assertThat(p.permanentFailure()).isTrue();
			assertThat(p.lastError()).contains("The access token was revoked");
		});
		assertThat(status(postId)).isEqualTo(PostStatus.APPROVED);
		assertThat(audit.historyOf(postId)).extracting(AuditEntry::type).contains("PUBLISH_FAILED");
		assertThat(ApiClient.as(port, "author").get("/api/posts/" + postId + "/history").body())
			.contains("The access token was revoked");
		assertThat(audit.firstBrokenEntry()).isEmpty();
		mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));

		// an operator reconnects the token and retries the incident (Cockpit: "increment retries")
		mastodon.resetMappings();
		mastodon.stubFor(get(urlPathMatching("/api/v1/accounts/.*/statuses")).willReturn(okJson("[]")));
		mastodon.stubFor(post(urlEqualTo("/api/v1/statuses")).willReturn(okJson("{\"id\":\"9\"}")));
		managementService.setJobRetries(job(instance).getId(), 1);
		executeJob(instance);
		assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);
	}

	@Test
	void aTimeoutIsRetriedAndTheRetryFindsThePostInsteadOfPostingTwice() {
		long account = connect();
		mastodon.stubFor(post(urlEqualTo("/api/v1/statuses"))
			.willReturn(okJson("{\"id\":\"7001\",\"url\":\"https://health.social/@clinic/7001\"}").withFixedDelay(6000)));
		long postId = approved(account);
		ProcessInstance instance = instance(postId);
		assertThatThrownBy(() -> executeJob(instance)).isNotNull();
		assertThat(job(instance).getRetries()).isEqualTo(4);

		mastodon.stubFor(get(urlPathMatching("/api/v1/accounts/.*/statuses")).willReturn(okJson(
				"[{\"id\":\"7001\",\"url\":\"https://health.social/@clinic/7001\",\"content\":\"<p>" + TEXT
						+ "</p>\"}]")));
		executeJob(instance);
		assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);
		mastodon.verify(1, postRequestedFor(urlEqualTo("/api/v1/statuses")));
		assertThat(publishing.publicationsOf(postId)).singleElement()
			.satisfies(p -> assertThat(p.externalId()).isEqualTo("7001"));
	}

	@Test
	void complianceTakesAPublishedPostDownThroughThePlatformsApi() {
		long account = connect();
		mastodon.stubFor(post(urlEqualTo("/api/v1/statuses")).willReturn(okJson("{\"id\":\"8001\"}")));
		mastodon.stubFor(delete(urlEqualTo("/api/v1/statuses/8001")).willReturn(okJson("{\"id\":\"8001\"}")));
		long postId = approved(account);
		executeJob(instance(postId));
		assertThat(status(postId)).isEqualTo(PostStatus.PUBLISHED);

		assertThat(ApiClient.as(port, "author").post("/api/posts/" + postId + "/takedown", "{}").status())
			.isEqualTo(403);
		Response takedown = ApiClient.as(port, "compliance").post("/api/posts/" + postId + "/takedown",
				Map.of("reason", "consent withdrawn"));
		assertThat(takedown.status()).isEqualTo(200);
		assertThat(takedown.json().get(0).path("status").asText()).isEqualTo("TAKEN_DOWN");
		mastodon.verify(1, deleteRequestedFor(urlEqualTo("/api/v1/statuses/8001"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN)));
		assertThat(audit.historyOf(postId)).extracting(AuditEntry::type).contains("TAKEN_DOWN");
		assertThat(ApiClient.as(port, "compliance").post("/api/posts/" + postId + "/takedown", "{}").status())
			.as("nothing left to take down").isEqualTo(409);
	}

	private long connect() {
		Response created = ApiClient.as(port, "admin").post("/api/accounts", Map.of("network", "MASTODON",
				"displayName", "Clinic on health.social", "platformAccountId", "109348", "apiBaseUrl",
				mastodon.baseUrl(), "token", TOKEN));
		assertThat(created.status()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	/** A post on the account, approved by compliance; its process waits at the publish job. */
	private long approved(long account) {
		Post post = posts.create("author", new Draft(new PostContent(TEXT, List.of(), List.of()), PostKind.POST, false,
				List.of(Platform.TWITTER), null, List.of(account)));
		posts.submit(post.id(), "author");
		decide(post.id(), PostApprovalProcess.TASK_COMPLIANCE_REVIEW, COMPLIANCE, Decision.APPROVE, null);
		executeJob(instance(post.id()));
		return post.id();
	}

	private ProcessInstance instance(long postId) {
		return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(postId))
			.singleResult();
	}
}
