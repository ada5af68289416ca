package io.clearance.web;

import io.clearance.shared.ConflictException;
import io.clearance.shared.DomainException;
import io.clearance.shared.ForbiddenException;
import io.clearance.shared.InvalidRequestException;
import io.clearance.shared.NotFoundException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the REST API as an RFC 9457 problem detail with a stable type URI
 * ({@code urn:clearance:problem:<slug>}); never a class name or a stack trace.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	static final String TYPE_PREFIX = "urn:clearance:problem:";

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(DomainException.class)
	ProblemDetail domain(DomainException e) {
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (e instanceof NotFoundException) {
			status = HttpStatus.NOT_FOUND;
		}
		else if (e instanceof ConflictException) {
			status = HttpStatus.CONFLICT;
		}
		else if (e instanceof ForbiddenException) {
			status = HttpStatus.FORBIDDEN;
		}
		else if (e instanceof InvalidRequestException) {
			status = HttpStatus.UNPROCESSABLE_ENTITY;
		}
		ProblemDetail problem = problem(status, e.problemType(), e.getMessage());
		e.properties().forEach(problem::setProperty);
		return problem;
	}

	/** A multipart call that is not multipart, or a broken multipart body (too large ones are 413 above). */
	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	ProblemDetail multipart(org.springframework.web.multipart.MultipartException e) {
		if (e instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
			return problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "The upload is too large.");
		}
		return problem(HttpStatus.BAD_REQUEST, "malformed-request",
				"This call takes a multipart/form-data upload with a part named file.");
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, OptimisticLockException.class })
	ProblemDetail concurrentChange(RuntimeException e) {
		return problem(HttpStatus.CONFLICT, "concurrent-change",
				"Someone else changed this at the same moment; reload and try again.");
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException e) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-request", e.getConstraintViolations().stream()
			.map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-request",
				"'" + e.getValue() + "' is not a valid value for " + e.getName() + ".");
	}

	@ExceptionHandler(RuntimeException.class)
	ProblemDetail unexpected(RuntimeException e) {
		log.error("Unexpected error", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"Something went wrong on our side; nothing was changed. The error has been logged.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = e.getBindingResult().getFieldErrors().stream()
			.map(f -> f.getField() + " " + f.getDefaultMessage()).sorted().collect(Collectors.joining("; "));
		if (detail.isEmpty()) {
			detail = "The request is not valid.";
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-request", detail));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (org.springframework.core.NestedExceptionUtils.getRootCause(e) instanceof RequestSizeLimitFilter.BodyTooLargeException) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
					"payload-too-large", "The request body is too large."));
		}
		String detail = "The request body is not valid JSON for this call.";
		if (e.getCause() instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException invalid) {
			detail = "'" + invalid.getValue() + "' is not a valid value for "
					+ invalid.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]"
							: r.getFieldName()).collect(Collectors.joining(".")) + ".";
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-request", detail));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getType().equals(URI.create("about:blank"))) {
			problem.setType(URI.create(TYPE_PREFIX + slug(status)));
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	private static String slug(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return known == null ? String.valueOf(status.value()) : known.name().toLowerCase().replace('_', '-');
	}

	static ProblemDetail problem(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_PREFIX + type));
		return problem;
	}
}
