package dev.watchtower.infra;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * infra launches services; it holds no application code and links none of the
 * applications' frameworks, so every module's tests can use it.
 */
@AnalyzeClasses(packages = "dev.watchtower.infra", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule no_application_frameworks = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "com.vaadin..", "org.apache.spark..", "io.delta..",
				"dev.watchtower.ingestion..", "dev.watchtower.batch..", "dev.watchtower.analytics..",
				"dev.watchtower.portal..");

	@ArchTest
	static final ArchRule no_cycles_between_packages = slices().matching("dev.watchtower.infra.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule no_system_out_outside_the_command_line = noClasses().that()
		.doNotHaveSimpleName("ServicesCommand")
		.should()
		.accessField(System.class, "out")
		.orShould()
		.accessField(System.class, "err");

}
