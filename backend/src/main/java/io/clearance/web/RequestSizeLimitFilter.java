package io.clearance.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code clearance.api.max-body-size} on {@code /api/**} with 413 before anything
 * reads them: by the declared length, and by counting the bytes of bodies sent without one.
 */
@Component
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final ObjectMapper json;

	RequestSizeLimitFilter(ApiProperties properties, ObjectMapper json) {
		this.maxBytes = properties.maxBodySize().toBytes();
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			tooLarge(request, response);
			return;
		}
		try {
			chain.doFilter(new LimitedRequest(request, maxBytes), response);
		}
		catch (BodyTooLargeException e) {
			if (!response.isCommitted()) {
				response.reset();
				tooLarge(request, response);
			}
		}
		catch (ServletException e) {
			if (e.getRootCause() instanceof BodyTooLargeException && !response.isCommitted()) {
				response.reset();
				tooLarge(request, response);
				return;
			}
			throw e;
		}
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"The request body is larger than " + maxBytes + " bytes.");
		problem.setType(URI.create(ProblemDetailsAdvice.TYPE_PREFIX + "payload-too-large"));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	static class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("request body too large");
		}
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				ServletInputStream in = super.getInputStream();
				stream = new ServletInputStream() {
					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0 && ++read > maxBytes) {
							throw new BodyTooLargeException();
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						if (n > 0 && (read += n) > maxBytes) {
							throw new BodyTooLargeException();
						}
						return n;
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}
				};
			}
			return stream;
		}
	}

	/** @param maxBodySize the largest request body {@code /api/**} accepts; larger ones get 413 */
	@ConfigurationProperties("clearance.api")
	record ApiProperties(@DefaultValue("2MB") DataSize maxBodySize) {
	}
}
