package io.clearance.crisis.web;

import io.clearance.security.Caller;
import io.clearance.shared.ForbiddenException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Role first, then the body: a caller outside the groups gets 403 whatever they send, and only a caller who may act
 * learns what is wrong with the request (400). Bean validation on {@code @RequestBody} would run before the role
 * check, so these endpoints validate here instead.
 */
@Component
class Requests {

	private final Validator validator;

	Requests(Validator validator) {
		this.validator = validator;
	}

	/** Refuses unless the caller is in one of {@code groups}. */
	static void requireGroup(Caller caller, String problemType, String message, String... groups) {
		if (Arrays.stream(groups).noneMatch(caller::isIn)) {
			throw new ForbiddenException(problemType, message);
		}
	}

	/** Refuses an invalid request body with 400 {@code invalid-request}. */
	<T> T valid(T body) {
		Set<ConstraintViolation<T>> violations = validator.validate(body);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		return body;
	}
}
