package io.clearance.publishing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The connectors' HTTP client: sends one request to a platform with a deadline and turns every way it can fail into
 * a {@link PlatformException} that says whether to try again: a timeout or connection failure, a 5xx or 408 may be
 * retried; a 429 is retried not before its {@code Retry-After} (or the platform's rate-limit reset header); 401
 * (revoked or expired token) and other 4xx (content refused) are permanent. The platform's own message is kept.
 */
public class PlatformHttp {

	/** When a 429 names no time to wait, the next attempt waits this long. */
	static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofMinutes(1);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient client;

	private final Duration requestTimeout;

	private final Clock clock;

	public PlatformHttp(Duration connectTimeout, Duration requestTimeout, Clock clock) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.requestTimeout = requestTimeout;
		this.clock = clock;
	}

	/** A platform's answer: status, JSON body (missing when empty or not JSON) and headers. */
	public record Response(int status, JsonNode json, HttpHeaders headers) {

		public Optional<String> header(String name) {
			return headers.firstValue(name);
		}
	}

	/** Turns a non-2xx answer into a failure; a connector passes its own where the platform has special codes. */
	@FunctionalInterface
	public interface Classifier {

		/** @return the failure, or null to fall back to the standard classification */
		PlatformException classify(String platform, Response response, String message);
	}

	public Response send(String platform, HttpRequest.Builder request) {
		return send(platform, request, (p, r, m) -> null);
	}

	public Response send(String platform, HttpRequest.Builder request, Classifier classifier) {
		HttpResponse<String> answer;
		try {
			answer = client.send(request.timeout(requestTimeout).header("Accept", "application/json").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (HttpTimeoutException e) {
			throw PlatformException.temporary(platform + " did not answer within " + requestTimeout.toMillis()
					+ " ms (the post may or may not have gone out; the retry looks first)", e);
		}
		catch (IOException e) {
			throw PlatformException.temporary(platform + " could not be reached: " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw PlatformException.temporary(platform + ": interrupted", e);
		}
		Response response = new Response(answer.statusCode(), parse(answer.body()), answer.headers());
		if (response.status() >= 200 && response.status() < 300) {
			return response;
		}
		String message = platform + " answered " + response.status() + ": " + messageOf(response.json(), answer.body());
		PlatformException special = classifier.classify(platform, response, message);
		throw special != null ? special : classify(response, message);
	}

	private PlatformException classify(Response response, String message) {
		int status = response.status();
		if (status == 429) {
			return PlatformException.rateLimited(message, retryAfter(response));
		}
		if (status == 408 || status >= 500) {
			return PlatformException.temporary(message, null);
		}
		if (status == 401) {
			return PlatformException.permanent(message + " (the token is revoked or expired: reconnect the account)");
		}
		return PlatformException.permanent(message);
	}

	/**
	 * When to try again after a 429: {@code Retry-After} (seconds or an HTTP date), else X's
	 * {@code x-rate-limit-reset} (epoch seconds) or Mastodon's {@code X-RateLimit-Reset} (ISO 8601), else a minute.
	 */
	public Instant retryAfter(Response response) {
		Instant now = clock.instant();
		Optional<String> retryAfter = response.header("Retry-After");
		if (retryAfter.isPresent()) {
			String value = retryAfter.get().trim();
			try {
				return now.plusSeconds(Long.parseLong(value));
			}
			catch (NumberFormatException notSeconds) {
				try {
					return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				}
				catch (DateTimeParseException ignored) {
					// fall through to the other headers
				}
			}
		}
		Optional<String> reset = response.header("x-rate-limit-reset");
		if (reset.isPresent()) {
			try {
				return Instant.ofEpochSecond(Long.parseLong(reset.get().trim()));
			}
			catch (NumberFormatException notEpoch) {
				try {
					return Instant.parse(reset.get().trim());
				}
				catch (DateTimeParseException ignored) {
					// fall through
				}
			}
		}
		return now.plus(DEFAULT_RATE_LIMIT_WAIT);
	}

	/** The platform's message from the error shapes of the APIs Clearance speaks to. */
	static String messageOf(JsonNode json, String raw) {
		for (String path : new String[] { "/error/message", "/error_description", "/error", "/detail", "/message",
				"/errors/0/message", "/title" }) {
			JsonNode node = json.at(path);
			if (node.isTextual() && !node.asText().isBlank()) {
				return node.asText();
			}
		}
		if (raw == null || raw.isBlank()) {
			return "(no message)";
		}
		return raw.length() > 500 ? raw.substring(0, 500) + "…" : raw;
	}

	private static JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return MissingNode.getInstance();
		}
		try {
			return JSON.readTree(body);
		}
		catch (IOException notJson) {
			return MissingNode.getInstance();
		}
	}

	public static HttpRequest.BodyPublisher json(Object body) {
		try {
			return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	public static String form(Map<String, String> fields) {
		return fields.entrySet().stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * Text as a platform shows it back, for recognising a post an earlier attempt made: tags stripped (Mastodon
	 * returns HTML), common entities decoded, whitespace collapsed.
	 */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String plain = text.replaceAll("(?i)<br\\s*/?>|</p>\\s*<p>", " ")
			.replaceAll("<[^>]+>", "")
			.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
			.replace("&#39;", "'").replace("&apos;", "'");
		return plain.replaceAll("\\s+", " ").trim();
	}
}
