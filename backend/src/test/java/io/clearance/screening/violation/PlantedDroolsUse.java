package io.clearance.screening.violation;

import org.kie.api.KieBase;

/** A deliberate breach of the screening boundary, for {@code ScreeningArchitectureTest} to catch. */
class PlantedDroolsUse {

	KieBase kieBase;
}
