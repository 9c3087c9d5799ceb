package dev.watchtower.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

/**
 * Architecture rules of the portal (STYLE.md items 1, 29, 35).
 */
class ArchitectureTests {

	private static final JavaClasses PORTAL = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.watchtower.portal");

	@Test
	void views_do_not_touch_storage_directly() {
		noClasses().that()
			.resideInAPackage("..ui..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.jdbc..", "javax.sql..", "java.sql..", "org.springframework.data..",
					"co.elastic..", "org.elasticsearch..")
			.orShould()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Repository")
			.because("views go through feature services, never to JDBC, repositories or Elasticsearch")
			.check(PORTAL);
	}

	@Test
	void portal_does_not_link_spark_delta_or_batch() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.spark..", "io.delta..", "org.springframework.batch..",
					"dev.watchtower.batch..", "dev.watchtower.analytics..")
			.because("the portal starts jobs as separate processes and never links Spark (STYLE.md item 1)")
			.check(PORTAL);
	}

	@Test
	void no_standard_streams() {
		NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("log through SLF4J (STYLE.md item 29)").check(PORTAL);
	}

	@Test
	void no_field_injection() {
		NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(PORTAL);
	}

}
