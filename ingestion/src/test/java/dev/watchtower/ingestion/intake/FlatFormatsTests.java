package dev.watchtower.ingestion.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.watchtower.ingestion.incident.IncidentReport;
import dev.watchtower.ingestion.intake.FieldCatalogue.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV and XLSX carry the same filing as JSON, and the templates follow the schema.
 */
class FlatFormatsTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@TempDir
	Path folder;

	private final FilingIntake intake = new FilingIntake();

	@Test
	void csv_and_xlsx_read_into_the_same_report_as_json() throws IOException {
		// given
		Path json = IntakeTestSupport.resource("/intake/good/incident-initial.json");
		JsonNode filing = MAPPER.readTree(json);
		Path csv = this.folder.resolve("one.csv");
		try (Writer out = Files.newBufferedWriter(csv)) {
			FlatFilings.csv(FilingKind.INCIDENT_REPORT, List.of(filing), out);
		}
		Path xlsx = this.folder.resolve("one.xlsx");
		try (OutputStream out = Files.newOutputStream(xlsx)) {
			FlatFilings.xlsx(FilingKind.INCIDENT_REPORT, List.of(filing), out);
		}

		// when
		IncidentReport fromJson = only(IntakeTestSupport.validate(this.intake, json));
		IncidentReport fromCsv = only(IntakeTestSupport.validate(this.intake, csv));
		IncidentReport fromXlsx = only(IntakeTestSupport.validate(this.intake, xlsx));

		// then
		assertThat(fromCsv).isEqualTo(fromJson);
		assertThat(fromXlsx).isEqualTo(fromJson);
	}

	@Test
	void csv_template_has_one_column_per_schema_field() throws IOException {
		// given
		StringWriter out = new StringWriter();

		// when
		FlatFilings.csvTemplate(FilingKind.INCIDENT_REPORT, out);

		// then
		List<String> columns = List.of(out.toString().trim().split(","));
		assertThat(columns).containsExactlyElementsOf(
				FieldCatalogue.of(FilingKind.INCIDENT_REPORT).fields().stream().map(Field::path).toList());
		assertThat(columns).contains("institution.code", "impact.outageMinutes", "cves", "contact.idNumber");
		assertThat(FieldCatalogue.of(FilingKind.ANNUAL_REPORT).field("metrics.incidentsByLevel.MAJOR")).isPresent();
	}

	@Test
	void xlsx_template_is_a_readable_workbook_without_records() throws IOException {
		// given
		Path template = this.folder.resolve("template.xlsx");
		try (OutputStream out = Files.newOutputStream(template)) {
			FlatFilings.xlsxTemplate(FilingKind.ANNUAL_REPORT, out);
		}

		// when
		IntakeTestSupport run = IntakeTestSupport.validate(this.intake, template);

		// then
		assertThat(run.summary.records()).isZero();
		assertThat(run.summary.rejected()).isZero();
	}

	private static IncidentReport only(IntakeTestSupport run) {
		assertThat(run.outcomes).as(run.outcomes.toString()).hasSize(1);
		assertThat(run.accepted()).as(run.violations().toString()).hasSize(1);
		return (IncidentReport) run.accepted().get(0).filing();
	}

}
