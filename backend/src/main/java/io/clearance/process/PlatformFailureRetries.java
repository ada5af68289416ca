package io.clearance.process;

import io.clearance.shared.RetryAdvice;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * Lets a failure decide about its own retries ({@link RetryAdvice} along the exception's cause chain): the engine's
 * standard handling runs first (retries decremented, next due date from the activity's retry cycle, exception
 * recorded); then a failure that names a time (a platform's {@code Retry-After}) moves the due date to no earlier
 * than that time, and a failure that cannot be cured by retrying sets the retries to 0, so the engine raises an
 * incident at once with the failure's message (Cockpit shows it; an operator retries it after fixing the cause).
 */
@Component
class PlatformFailureRetries extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setFailedJobCommandFactory(new AdvisedRetries());
	}

	static final class AdvisedRetries implements FailedJobCommandFactory {

		@Override
		public Command<Object> getCommand(String jobId, Throwable exception) {
			Command<Object> standard = new DefaultJobRetryCmd(jobId, exception);
			Optional<RetryAdvice> advice = adviceIn(exception);
			if (advice.isEmpty()) {
				return standard;
			}
			return commandContext -> {
				standard.execute(commandContext);
				JobEntity job = commandContext.getJobManager().findJobById(jobId);
				if (job == null) {
					return null;
				}
				if (!advice.get().retryable()) {
					job.setRetries(0);
					return null;
				}
				Optional<Instant> notBefore = advice.get().retryNotBefore();
				if (notBefore.isPresent() && job.getRetries() > 0
						&& (job.getDuedate() == null || job.getDuedate().toInstant().isBefore(notBefore.get()))) {
					job.setDuedate(Date.from(notBefore.get()));
				}
				return null;
			};
		}

		private static Optional<RetryAdvice> adviceIn(Throwable exception) {
			for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
				if (t instanceof RetryAdvice advice) {
					return Optional.of(advice);
				}
			}
			return Optional.empty();
		}
	}
}
