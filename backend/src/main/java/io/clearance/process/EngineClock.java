package io.clearance.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock is the engine's clock, so that due dates, timers and the domain's timestamps agree,
 * and tests can move time for both at once.
 */
class EngineClock extends Clock {

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return ClockUtil.getCurrentTime().toInstant();
	}
}
