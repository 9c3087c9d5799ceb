package dev.watchtower.ingestion.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

import dev.watchtower.ingestion.intake.FieldCatalogue.Field;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tools.jackson.databind.JsonNode;

/**
 * Writes filings as CSV or XLSX, one row per filing with columns named by dotted JSON
 * path (list values joined with {@code ;}), and the empty templates institutions
 * download. The columns come from the JSON Schema through {@link FieldCatalogue}.
 */
public final class FlatFilings {

	private FlatFilings() {
	}

	/**
	 * Writes filings as CSV (UTF-8, RFC 4180).
	 * @param kind the filing kind, which decides the columns
	 * @param filings the filings as JSON trees
	 * @param out where to write
	 * @throws IOException when writing fails
	 */
	public static void csv(FilingKind kind, List<? extends JsonNode> filings, Writer out) throws IOException {
		List<Field> fields = FieldCatalogue.of(kind).fields();
		out.write(String.join(",", fields.stream().map(Field::path).toList()));
		out.write("\r\n");
		for (JsonNode filing : filings) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < fields.size(); i++) {
				if (i > 0) {
					line.append(',');
				}
				line.append(quote(cell(filing, fields.get(i).path())));
			}
			out.write(line.append("\r\n").toString());
		}
	}

	/**
	 * Writes filings as an XLSX workbook (streaming, one sheet), plus a sheet describing
	 * the fields.
	 * @param kind the filing kind
	 * @param filings the filings as JSON trees
	 * @param out where to write
	 * @throws IOException when writing fails
	 */
	public static void xlsx(FilingKind kind, List<? extends JsonNode> filings, OutputStream out) throws IOException {
		List<Field> fields = FieldCatalogue.of(kind).fields();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet("filings");
			Row header = sheet.createRow(0);
			for (int i = 0; i < fields.size(); i++) {
				header.createCell(i).setCellValue(fields.get(i).path());
			}
			int rowIndex = 1;
			for (JsonNode filing : filings) {
				Row row = sheet.createRow(rowIndex++);
				for (int i = 0; i < fields.size(); i++) {
					JsonNode value = filing.at("/" + fields.get(i).path().replace('.', '/'));
					if (value.isMissingNode() || value.isNull()) {
						continue;
					}
					Cell cell = row.createCell(i);
					if (value.isNumber()) {
						cell.setCellValue(value.doubleValue());
					}
					else if (value.isBoolean()) {
						cell.setCellValue(value.booleanValue());
					}
					else {
						cell.setCellValue(cell(filing, fields.get(i).path()));
					}
				}
			}
			describe(workbook.createSheet("fields"), fields);
			workbook.write(out);
			workbook.dispose();
		}
	}

	/**
	 * The empty CSV template of a filing kind (header row only).
	 * @param kind the kind
	 * @param out where to write
	 * @throws IOException when writing fails
	 */
	public static void csvTemplate(FilingKind kind, Writer out) throws IOException {
		csv(kind, List.of(), out);
	}

	/**
	 * The empty XLSX template of a filing kind, with a sheet describing every field.
	 * @param kind the kind
	 * @param out where to write
	 * @throws IOException when writing fails
	 */
	public static void xlsxTemplate(FilingKind kind, OutputStream out) throws IOException {
		xlsx(kind, List.of(), out);
	}

	private static void describe(Sheet sheet, List<Field> fields) {
		Row header = sheet.createRow(0);
		String[] titles = { "field", "type", "required", "allowed values", "description" };
		for (int i = 0; i < titles.length; i++) {
			header.createCell(i).setCellValue(titles[i]);
		}
		for (int i = 0; i < fields.size(); i++) {
			Field field = fields.get(i);
			Row row = sheet.createRow(i + 1);
			row.createCell(0).setCellValue(field.path());
			row.createCell(1).setCellValue(field.type().name());
			row.createCell(2).setCellValue(field.required() ? "yes" : "no");
			row.createCell(3).setCellValue(String.join(";", field.allowedValues()));
			row.createCell(4).setCellValue(field.description());
		}
	}

	private static String cell(JsonNode filing, String path) {
		JsonNode value = filing.at("/" + path.replace('.', '/'));
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		if (value.isArray()) {
			StringBuilder joined = new StringBuilder();
			for (JsonNode item : value.values()) {
				if (!joined.isEmpty()) {
					joined.append(';');
				}
				joined.append(item.asString());
			}
			return joined.toString();
		}
		return value.asString();
	}

	private static String quote(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
