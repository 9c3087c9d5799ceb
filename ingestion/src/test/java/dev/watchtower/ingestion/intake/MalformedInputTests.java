package dev.watchtower.ingestion.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import dev.watchtower.ingestion.validation.RecordLocation;
import dev.watchtower.ingestion.validation.Rule;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken input ends as clear rejections, never as an exception or an
 * out-of-memory.
 */
class MalformedInputTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@TempDir
	Path folder;

	private final FilingIntake intake = new FilingIntake();

	private static String goodLine() throws IOException {
		return MAPPER.readTree(IntakeTestSupport.resource("/intake/good/incident-initial.json")).toString();
	}

	@Test
	void huge_ndjson_line_is_skipped_and_the_next_line_still_read() throws IOException {
		// given
		Path file = this.folder.resolve("huge.ndjson");
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(("{\"narrative\":\"" + "x".repeat(3 << 20) + "\"}\n").getBytes(StandardCharsets.UTF_8));
			out.write((goodLine() + "\n").getBytes(StandardCharsets.UTF_8));
		}

		// when
		IntakeTestSupport run = IntakeTestSupport.validate(this.intake, file);

		// then
		assertThat(run.rules()).containsExactly(Rule.INPUT_RECORD_TOO_LARGE);
		assertThat(run.violations().get(0).location())
			.isEqualTo(new RecordLocation(file.toString(), RecordLocation.Kind.LINE, 1));
		assertThat(run.accepted()).hasSize(1);
	}

	@Test
	void oversized_json_array_element_is_skipped_and_the_next_element_read() throws IOException {
		// given
		FilingIntake small = new FilingIntake(new IntakeLimits(16 * 1024, 100, 1 << 20, 100, 1024));
		ObjectNode big = (ObjectNode) MAPPER.readTree(goodLine());
		for (int i = 0; i < 400; i++) {
			big.put("extra" + i, "y".repeat(100));
		}
		Path file = this.folder.resolve("array.json");
		Files.writeString(file, "[" + big + "," + goodLine() + "]");

		// when
		IntakeTestSupport run = IntakeTestSupport.validate(small, file);

		// then
		assertThat(run.rules()).containsExactly(Rule.INPUT_RECORD_TOO_LARGE);
		assertThat(run.accepted()).hasSize(1);
		assertThat(run.accepted().get(0).location().index()).isEqualTo(1);
	}

	@Test
	void deeply_nested_json_is_rejected_without_stack_overflow() throws IOException {
		// given
		Path file = this.folder.resolve("deep.json");
		Files.writeString(file, "[".repeat(100_000));

		// when
		IntakeTestSupport run = IntakeTestSupport.validate(this.intake, file);

		// then
		assertThat(run.summary.rejected()).isPositive();
		assertThat(run.rules()).containsAnyOf(Rule.INPUT_RECORD_TOO_LARGE, Rule.INPUT_JSON_SYNTAX,
				Rule.INPUT_NOT_AN_OBJECT);
	}

	@Test
	void a_megabyte_of_binary_junk_is_one_rejection() throws IOException {
		// given
		byte[] junk = new byte[1 << 20];
		new Random(1).nextBytes(junk);
		Path file = this.folder.resolve("junk.ndjson");
		Files.write(file, junk);

		// when
		IntakeTestSupport run = IntakeTestSupport.validate(this.intake, file);

		// then
		assertThat(run.rules()).containsExactly(Rule.INPUT_BINARY);
	}

	@Test
	void reading_stops_after_too_many_rejected_records() throws IOException {
		// given
		FilingIntake strict = new FilingIntake(new IntakeLimits(1 << 20, 5, 1 << 20, 100, 1024));
		Path file = this.folder.resolve("many.ndjson");
		Files.writeString(file, "{\"x\":1}\n".repeat(50));

		// when
		IntakeTestSupport run = IntakeTestSupport.validate(strict, file);

		// then
		assertThat(run.summary.records()).isEqualTo(6);
		assertThat(run.rules()).last().isEqualTo(Rule.INPUT_TOO_MANY_ERRORS);
	}

	@Test
	void the_same_filing_id_and_version_twice_is_a_duplicate() throws IOException {
		// given
		Path file = this.folder.resolve("twice.ndjson");
		Files.writeString(file, goodLine() + "\n" + goodLine() + "\n");

		// when
		IntakeTestSupport run = IntakeTestSupport.validate(this.intake, file);

		// then
		assertThat(run.accepted()).hasSize(1);
		assertThat(run.rules()).containsExactly(Rule.FILING_DUPLICATE);
	}

	@Test
	void unterminated_csv_quote_is_a_structure_rejection() throws IOException {
		// given
		Path file = this.folder.resolve("open-quote.csv");
		Files.writeString(file, "schema,filingId\nwatchtower/incident-report/v1,\"F-1\n");

		// when
		IntakeTestSupport run = IntakeTestSupport.validate(this.intake, file);

		// then
		assertThat(run.rules()).containsExactly(Rule.CSV_STRUCTURE);
	}

	@Test
	void xlsx_with_a_formula_is_rejected_for_that_cell() throws IOException {
		// given
		Path file = this.folder.resolve("formula.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("filings");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("schema");
			header.createCell(1).setCellValue("impact.outageMinutes");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("watchtower/incident-report/v1");
			row.createCell(1).setCellFormula("60*3");
			workbook.write(out);
			workbook.dispose();
		}

		// when
		IntakeTestSupport run = IntakeTestSupport.validate(this.intake, file);

		// then
		assertThat(run.violations()).anySatisfy((violation) -> {
			assertThat(violation.rule()).isEqualTo(Rule.XLSX_FORMULA);
			assertThat(violation.value()).isEqualTo("60*3");
			assertThat(violation.messageEn()).contains("B2");
		});
	}

	@Test
	void xlsx_with_external_links_is_rejected_before_opening() throws IOException {
		// given
		Path file = withEntry(workbook(), "xl/externalLinks/externalLink1.xml", "<externalLink/>".getBytes());

		// when
		IntakeTestSupport run = IntakeTestSupport.validate(this.intake, file);

		// then
		assertThat(run.rules()).containsExactly(Rule.XLSX_EXTERNAL_LINK);
	}

	@Test
	void xlsx_zip_bomb_is_rejected_before_opening() throws IOException {
		// given
		Path file = withEntry(workbook(), "xl/media/padding.bin", new byte[8 << 20]);
		FilingIntake guarded = new FilingIntake(new IntakeLimits(1 << 20, 100, 4 << 20, 100, 1024));

		// when
		IntakeTestSupport run = IntakeTestSupport.validate(guarded, file);
		IntakeTestSupport ratio = IntakeTestSupport.validate(this.intake, file);

		// then
		assertThat(run.rules()).containsExactly(Rule.XLSX_ZIP_BOMB);
		assertThat(ratio.rules()).containsExactly(Rule.XLSX_ZIP_BOMB);
	}

	private Path workbook() throws IOException {
		Path file = this.folder.resolve("plain.xlsx");
		JsonNode filing = MAPPER.readTree(goodLine());
		try (OutputStream out = Files.newOutputStream(file)) {
			FlatFilings.xlsx(FilingKind.INCIDENT_REPORT, List.of(filing), out);
		}
		return file;
	}

	private Path withEntry(Path source, String name, byte[] content) throws IOException {
		Path target = this.folder.resolve("with-" + name.replace('/', '-') + ".xlsx");
		try (ZipFile zip = new ZipFile(source.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = zip.getInputStream(entry)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
			out.putNextEntry(new ZipEntry(name));
			out.write(content);
			out.closeEntry();
		}
		return target;
	}

}
