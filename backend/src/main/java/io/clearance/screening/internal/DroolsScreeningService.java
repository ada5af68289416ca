package io.clearance.screening.internal;

import java.util.Objects;

import io.clearance.screening.ScreeningRequest;
import io.clearance.screening.ScreeningResult;
import io.clearance.screening.ScreeningService;

/** Screens against the packs of the registry's current snapshot. Stateless and thread-safe. */
final class DroolsScreeningService implements ScreeningService {

	private final RulePackRegistry registry;
	private final Screener screener;

	DroolsScreeningService(RulePackRegistry registry, Screener screener) {
		this.registry = registry;
		this.screener = screener;
	}

	@Override
	public ScreeningResult screen(ScreeningRequest request) {
		Objects.requireNonNull(request, "request");
		return screener.screen(request, registry.snapshot().packs());
	}
}
