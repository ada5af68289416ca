package io.clearance.screening;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Drools stays inside {@code screening.internal}, and nothing outside the screening module reaches into it: other
 * modules see the public types of {@code io.clearance.screening} only.
 */
class ScreeningArchitectureTest {

	static final ArchRule DROOLS_ONLY_IN_SCREENING_INTERNAL = noClasses().that()
		.resideOutsideOfPackage("io.clearance.screening.internal..")
		.should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
		.because("the rule engine is an implementation detail of screening");

	static final ArchRule INTERNAL_ONLY_USED_BY_SCREENING = noClasses().that()
		.resideOutsideOfPackages("io.clearance.screening.internal..")
		.should().dependOnClassesThat().resideInAPackage("io.clearance.screening.internal..")
		.because("other modules use the screening API types, not the engine");

	private static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.clearance");

	@Test
	void droolsIsUsedOnlyInsideScreeningInternal() {
		DROOLS_ONLY_IN_SCREENING_INTERNAL.check(PRODUCTION);
	}

	@Test
	void onlyScreeningInternalUsesItself() {
		INTERNAL_ONLY_USED_BY_SCREENING.check(PRODUCTION);
	}

	@Test
	void theGuardCatchesAPlantedViolation() {
		JavaClasses planted = new ClassFileImporter().importPackages("io.clearance.screening.violation");

		assertThatThrownBy(() -> DROOLS_ONLY_IN_SCREENING_INTERNAL.check(planted)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("PlantedDroolsUse");
	}
}
