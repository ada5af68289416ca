package io.clearance.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Answers a refusal made inside the engine with 403 on {@code /engine-rest}, as it is on {@code /api}.
 *
 * <p>A task listener that refuses a completion (the review decision guard: no decision recorded through
 * Clearance, a decision that does not match, separation of duties) throws an {@link AuthorizationException}. The
 * engine wraps every listener exception, and the engine REST API then reports the wrapped exception as a server
 * error (500), which tells the caller the server broke when it in fact said no. This mapper looks for the refusal
 * in the causes and answers 403 with the refusal's own message in the engine REST API's usual error body; every
 * other exception is answered exactly as Camunda's own handler answers it.
 */
@Priority(1)
class EngineRestRefusals implements ExceptionMapper<RestException> {

	private final RestExceptionHandler camunda = new RestExceptionHandler();

	@Override
	public Response toResponse(RestException exception) {
		// bounded: a chain of causes can loop through several exceptions (getCause() only hides a direct self-cause)
		Throwable cause = exception.getCause();
		for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
			if (cause instanceof AuthorizationException refusal) {
				return ExceptionHandlerHelper.getInstance().getResponse(refusal);
			}
		}
		return camunda.toResponse(exception);
	}
}
