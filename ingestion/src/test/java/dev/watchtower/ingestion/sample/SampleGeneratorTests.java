package dev.watchtower.ingestion.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.grading.GradingEngine;
import dev.watchtower.ingestion.grading.RegimeGrade;
import dev.watchtower.ingestion.incident.IncidentReport;
import dev.watchtower.ingestion.intake.FilingIntake;
import dev.watchtower.ingestion.intake.IntakeSummary;
import dev.watchtower.ingestion.intake.RecordOutcome;
import dev.watchtower.ingestion.rulebook.Rulebook;
import dev.watchtower.ingestion.validation.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator is deterministic, realistic enough to exercise grading, and its defects
 * are exactly what the validator rejects.
 */
class SampleGeneratorTests {

	@TempDir
	Path folder;

	@Test
	void same_seed_gives_the_same_files() throws IOException {
		// given
		SampleSettings settings = new SampleSettings(30, 400, 11, 0.05);

		// when
		new SampleGenerator().generate(settings, this.folder.resolve("a"));
		new SampleGenerator().generate(settings, this.folder.resolve("b"));

		// then
		for (String name : List.of("incident-reports.ndjson", "annual-reports.json", "institutions.tsv",
				"incident-reports.csv", "README.txt")) {
			assertThat(this.folder.resolve("b").resolve(name))
				.hasSameBinaryContentAs(this.folder.resolve("a").resolve(name));
		}
	}

	@Test
	void every_defect_and_malformed_file_is_rejected_and_nothing_else() throws IOException {
		// given
		SampleSummary summary = new SampleGenerator().generate(new SampleSettings(50, 1_500, 3, 0.05), this.folder);
		List<RecordOutcome> outcomes = new ArrayList<>();

		// when
		IntakeSummary validated = new FilingIntake().validate(List.of(this.folder), outcomes::add);

		// then
		long malformedRejects = outcomes.stream()
			.filter(RecordOutcome.Rejected.class::isInstance)
			.filter((outcome) -> outcome.location().source().contains("malformed"))
			.count();
		assertThat(validated.rejected() - malformedRejects).isEqualTo(summary.defective());
		assertThat(summary.malformedFiles()).hasSize(8);
		assertThat(validated.violationsByRule()).containsKeys(Rule.XLSX_ZIP_BOMB, Rule.XLSX_FORMULA,
				Rule.XLSX_EXTERNAL_LINK, Rule.INPUT_RECORD_TOO_LARGE, Rule.INPUT_BINARY, Rule.INPUT_ENCODING);
		for (Map.Entry<Rule, Integer> defect : summary.defectsByRule().entrySet()) {
			assertThat(validated.violationsByRule()).containsKey(defect.getKey());
		}
	}

	@Test
	void most_incidents_are_general_a_few_extraordinary_and_some_under_graded() throws IOException {
		// given
		new SampleGenerator().generate(new SampleSettings(100, 4_000, 5, 0), this.folder);
		List<IncidentReport> reports = new ArrayList<>();
		new FilingIntake().validate(List.of(this.folder), (outcome) -> {
			if (outcome instanceof RecordOutcome.Accepted accepted
					&& accepted.filing() instanceof IncidentReport report) {
				reports.add(report);
			}
		});
		GradingEngine grading = new GradingEngine(Rulebook.bundled());

		// when
		long general = reports.stream()
			.filter((report) -> report.facts().selfAssessedLevel() == IncidentLevel.GENERAL)
			.count();
		long extraordinary = reports.stream()
			.filter((report) -> report.facts().selfAssessedLevel() == IncidentLevel.EXTRAORDINARY)
			.count();
		long underGraded = reports.stream()
			.flatMap((report) -> grading.grade(report).stream())
			.filter(RegimeGrade::underGraded)
			.count();
		long withCves = reports.stream().filter((report) -> !report.facts().cves().isEmpty()).count();

		// then
		assertThat(general).isGreaterThan(reports.size() / 2);
		assertThat(extraordinary).isPositive().isLessThan(reports.size() / 10);
		assertThat(underGraded).isPositive();
		assertThat(withCves).isPositive();
		assertThat(Files.readString(this.folder.resolve("README.txt"))).contains("seed: 5");
	}

}
