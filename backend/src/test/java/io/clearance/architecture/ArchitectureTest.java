package io.clearance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The module boundaries of STYLE.md: engine and rule-engine types stay in their packages. */
class ArchitectureTest {

	static final ArchRule CAMUNDA_ONLY_IN_PROCESS_PACKAGES = noClasses().that()
		.resideOutsideOfPackages("..process..")
		.should().dependOnClassesThat().resideInAPackage("org.camunda..")
		.as("org.camunda is used only in *.process packages and the engine configuration (io.clearance.process)");

	static final ArchRule DROOLS_ONLY_IN_SCREENING_INTERNAL = noClasses().that()
		.resideOutsideOfPackage("io.clearance.screening.internal..")
		.should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
		.as("org.kie and org.drools are used only in screening.internal");

	static final ArchRule DOMAIN_DOES_NOT_KNOW_THE_WEB = noClasses().that()
		.resideInAnyPackage("io.clearance.posts", "io.clearance.review", "io.clearance.publishing",
				"io.clearance.audit", "io.clearance.screening", "io.clearance.crisis")
		.should().dependOnClassesThat().resideInAPackage("..web..")
		.as("modules do not depend on web layers");

	private static final JavaClasses APPLICATION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.clearance");

	@Test
	void camundaStaysInProcessPackages() {
		CAMUNDA_ONLY_IN_PROCESS_PACKAGES.check(APPLICATION);
	}

	@Test
	void droolsStaysInScreeningInternal() {
		DROOLS_ONLY_IN_SCREENING_INTERNAL.check(APPLICATION);
	}

	@Test
	void modulesDoNotDependOnWebLayers() {
		DOMAIN_DOES_NOT_KNOW_THE_WEB.check(APPLICATION);
	}

	@Test
	void theGuardsFailOnAPlantedViolation() {
		JavaClasses planted = new ClassFileImporter().importClasses(PlantedViolation.class);
		assertThatThrownBy(() -> CAMUNDA_ONLY_IN_PROCESS_PACKAGES.check(planted)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("PlantedViolation");
		assertThatThrownBy(() -> DROOLS_ONLY_IN_SCREENING_INTERNAL.check(planted)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("PlantedViolation");
	}

	/** Uses the engine and the rule engine from a package where neither belongs. */
	static class PlantedViolation {

		org.camunda.bpm.engine.TaskService taskService;

		org.kie.api.runtime.KieSession session;
	}
}
