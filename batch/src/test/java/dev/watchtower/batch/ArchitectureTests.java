package dev.watchtower.batch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The batch module's rules (STYLE.md items 1, 8, 18, 29, 35; ADR 9).
 */
@AnalyzeClasses(packages = "dev.watchtower.batch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule no_vaadin_portal_analytics_or_infra = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("com.vaadin..", "dev.watchtower.portal..", "dev.watchtower.analytics..",
				"dev.watchtower.infra..");

	@ArchTest
	static final ArchRule spark_and_delta_only_in_the_lake_package = noClasses().that()
		.resideOutsideOfPackage("dev.watchtower.batch.lake..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.apache.spark..", "io.delta..", "scala..");

	@ArchTest
	static final ArchRule only_the_command_line_prints = noClasses().that()
		.resideOutsideOfPackage("dev.watchtower.batch.cli..")
		.should()
		.accessField(System.class, "out")
		.orShould()
		.accessField(System.class, "err");

	@ArchTest
	static final ArchRule no_cycles_between_feature_packages = slices().matching("dev.watchtower.batch.(*)..")
		.should()
		.beFreeOfCycles();

}
