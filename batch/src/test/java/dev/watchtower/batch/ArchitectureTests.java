package dev.watchtower.batch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The batch module's rules (STYLE.md items 1, 8, 35).
 */
@AnalyzeClasses(packages = "dev.watchtower.batch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule no_spark_vaadin_portal_or_analytics = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.apache.spark..", "io.delta.tables..", "com.vaadin..", "dev.watchtower.portal..",
				"dev.watchtower.analytics..", "dev.watchtower.infra..");

	@ArchTest
	static final ArchRule no_cycles_between_job_packages = slices().matching("dev.watchtower.batch.(*)..")
		.should()
		.beFreeOfCycles()
		.allowEmptyShould(true);

}
