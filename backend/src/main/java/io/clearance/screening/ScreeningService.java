package io.clearance.screening;

/** Screens texts against the active rule packs. Stateless and thread-safe. */
public interface ScreeningService {

	ScreeningResult screen(ScreeningRequest request);
}
