package dev.watchtower.ingestion.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import dev.watchtower.ingestion.intake.FilingKind;
import dev.watchtower.ingestion.intake.FlatFilings;
import dev.watchtower.ingestion.validation.Rule;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one file of each kind of malformed input the validator must reject without
 * crashing: truncated JSON, binary junk, UTF-16, an oversized line, an XLSX with a
 * formula, one with an external link, and a zip bomb.
 */
final class MalformedFiles {

	private static final int HUGE_LINE_BYTES = (1 << 20) + 4096;

	private static final int BOMB_BYTES = 16 << 20;

	private MalformedFiles() {
	}

	/**
	 * Writes the files.
	 * @param folder where to write
	 * @param sample a valid filing to damage
	 * @param random the random source
	 * @return file name to the rule it breaks
	 * @throws IOException when writing fails
	 */
	static Map<String, Rule> write(Path folder, ObjectNode sample, SplittableRandom random) throws IOException {
		Files.createDirectories(folder);
		String json = sample.toString();
		Files.writeString(folder.resolve("truncated.json"), json.substring(0, json.length() / 2));
		byte[] junk = new byte[8192];
		random.nextBytes(junk);
		Files.write(folder.resolve("binary-junk.ndjson"), junk);
		byte[] utf16 = json.getBytes(StandardCharsets.UTF_16);
		Files.write(folder.resolve("utf16.json"), utf16);
		try (OutputStream out = Files.newOutputStream(folder.resolve("huge-line.ndjson"))) {
			out.write(json.getBytes(StandardCharsets.UTF_8));
			out.write('\n');
			byte[] filler = "x".repeat(8192).getBytes(StandardCharsets.US_ASCII);
			out.write("{\"narrative\":\"".getBytes(StandardCharsets.US_ASCII));
			for (int written = 0; written < HUGE_LINE_BYTES; written += filler.length) {
				out.write(filler);
			}
			out.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
		}
		Files.writeString(folder.resolve("not-an-object.json"), "[42, \"filing\"]");
		writeFormulaWorkbook(folder.resolve("formula.xlsx"));
		Path plain = folder.resolve("plain.xlsx.tmp");
		try (OutputStream out = Files.newOutputStream(plain)) {
			FlatFilings.xlsx(FilingKind.INCIDENT_REPORT, List.of(sample), out);
		}
		withExtraEntry(plain, folder.resolve("external-link.xlsx"), "xl/externalLinks/externalLink1.xml",
				"<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"
					.getBytes(StandardCharsets.UTF_8));
		withExtraEntry(plain, folder.resolve("zip-bomb.xlsx"), "xl/media/padding.bin", new byte[BOMB_BYTES]);
		Files.delete(plain);
		return Map.of("truncated.json", Rule.INPUT_JSON_SYNTAX, "binary-junk.ndjson", Rule.INPUT_BINARY, "utf16.json",
				Rule.INPUT_ENCODING, "huge-line.ndjson", Rule.INPUT_RECORD_TOO_LARGE, "not-an-object.json",
				Rule.INPUT_NOT_AN_OBJECT, "formula.xlsx", Rule.XLSX_FORMULA, "external-link.xlsx",
				Rule.XLSX_EXTERNAL_LINK, "zip-bomb.xlsx", Rule.XLSX_ZIP_BOMB);
	}

	private static void writeFormulaWorkbook(Path file) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("filings");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("schema");
			header.createCell(1).setCellValue("filingId");
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("watchtower/incident-report/v1");
			row.createCell(1).setCellFormula("CONCATENATE(\"F-\",1+1)");
			workbook.write(out);
			workbook.dispose();
		}
	}

	private static void withExtraEntry(Path source, Path target, String name, byte[] content) throws IOException {
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
	}

}
