package io.clearance.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** A real HTTP client for the running application, signed in with HTTP Basic as one user (or anonymous). */
public final class ApiClient {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final String authorization;

	private ApiClient(String base, String authorization) {
		this.base = base;
		this.authorization = authorization;
	}

	public static ApiClient as(int port, String user) {
		return new ApiClient("http://localhost:" + port, "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
	}

	public static ApiClient as(int port, String user, String password) {
		return new ApiClient("http://localhost:" + port,
				"Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	public static ApiClient anonymous(int port) {
		return new ApiClient("http://localhost:" + port, null);
	}

	/** Creates a post as this user and submits it for review; its id. Fails the test if either call is refused. */
	public long createAndSubmit(String text, List<String> platforms) {
		Response created = post("/api/posts", Map.of("text", text, "platforms", platforms, "kind", "POST"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		Response submitted = post("/api/posts/" + id + "/submit", "");
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		return id;
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body))));
	}

	public Response put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body))));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	/** Any body with any content type, e.g. a file or bytes that are not JSON. */
	public Response send(String method, String path, String contentType, byte[] body) {
		return send(request(path).header("Content-Type", contentType)
			.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/** A multipart/form-data upload of one file in the part {@code part}. */
	public Response upload(String path, String part, String fileName, byte[] content) {
		String boundary = "----clearance" + System.nanoTime();
		var out = new java.io.ByteArrayOutputStream();
		out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send("POST", path, "multipart/form-data; boundary=" + boundary, out.toByteArray());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json");
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""), response.headers().map());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String write(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A response: its status, body as JSON (when it is JSON) and content type. */
	public record Response(int status, String body, String contentType, java.util.Map<String, java.util.List<String>> headers) {

		public Response(int status, String body, String contentType) {
			this(status, body, contentType, java.util.Map.of());
		}

		/** The Content-Disposition header, or "" when there is none. */
		public String contentDisposition() {
			String value = header("Content-Disposition");
			return value == null ? "" : value;
		}

		/** The first value of a response header (case-insensitive name), or null. */
		public String header(String name) {
			return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().get(0)).findFirst().orElse(null);
		}

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException e) {
				throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
			}
		}

		@Override
		public String toString() {
			return status + " " + body;
		}
	}
}
