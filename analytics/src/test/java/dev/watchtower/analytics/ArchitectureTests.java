package dev.watchtower.analytics;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The analytics module's rules (STYLE.md items 1, 9, 18, 35).
 */
@AnalyzeClasses(packages = "dev.watchtower.analytics", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule no_spring_or_vaadin = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "com.vaadin..", "dev.watchtower.portal..",
				"dev.watchtower.batch..");

	@ArchTest
	static final ArchRule transforms_do_no_io = noClasses().that()
		.haveSimpleNameEndingWith("Transforms")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..", "co.elastic..")
		.orShould()
		.callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("Dataset.write or SparkSession.read",
				(call) -> call.getTarget().getName().equals("write") || call.getTarget().getName().equals("read")))
		.allowEmptyShould(true);

	@ArchTest
	static final ArchRule no_cycles_between_job_packages = slices().matching("dev.watchtower.analytics.(*)..")
		.should()
		.beFreeOfCycles();

}
