package dev.watchtower.ingestion.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module boundaries and house style of STYLE.md, checked on the compiled classes and
 * the sources.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.watchtower.ingestion");

	@Test
	void ingestion_uses_no_spring_spark_or_vaadin() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.apache.spark..", "com.vaadin..", "io.delta..",
					"java.sql..")
			.check(CLASSES);
	}

	@Test
	void feature_packages_have_no_cycles() {
		slices().matching("dev.watchtower.ingestion.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void only_the_cli_prints() {
		noClasses().that()
			.resideOutsideOfPackage("dev.watchtower.ingestion.cli..")
			.should()
			.accessField(System.class, "out")
			.orShould()
			.accessField(System.class, "err")
			.check(CLASSES);
	}

	@Test
	void no_util_helper_or_manager_classes() {
		noClasses().should()
			.haveSimpleNameEndingWith("Util")
			.orShould()
			.haveSimpleNameEndingWith("Utils")
			.orShould()
			.haveSimpleNameEndingWith("Helper")
			.orShould()
			.haveSimpleNameEndingWith("Manager")
			.orShould()
			.resideInAnyPackage("..common..", "..util..", "..helper..")
			.check(CLASSES);
	}

	@Test
	void every_package_has_a_null_marked_package_info_with_a_sentence() throws IOException {
		// given
		Path sources = Path.of("src/main/java");
		List<Path> packages;
		try (Stream<Path> walk = Files.walk(sources)) {
			packages = walk.filter(Files::isDirectory).filter(ArchitectureTests::hasJavaFiles).toList();
		}

		// then
		assertThat(packages).isNotEmpty().allSatisfy((folder) -> {
			Path info = folder.resolve("package-info.java");
			assertThat(info).exists();
			String text = Files.readString(info);
			assertThat(text).contains("@NullMarked").containsPattern("(?s)/\\*\\*\\s*\\* [A-Z].*?\\.\\s*\\*/");
		});
	}

	private static boolean hasJavaFiles(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.anyMatch((file) -> file.toString().endsWith(".java")
					&& !file.getFileName().toString().equals("package-info.java"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
