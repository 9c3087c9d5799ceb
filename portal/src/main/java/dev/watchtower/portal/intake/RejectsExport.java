package dev.watchtower.portal.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.watchtower.portal.base.AuditRecord;
import dev.watchtower.portal.security.Actor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Exports a receipt's rejected records (as filtered on screen) so they can be sent back
 * to the institution: CSV (UTF-8 with BOM, RFC 4180) or XLSX, with both languages'
 * messages. Every export is audited.
 */
@Service
public class RejectsExport {

	static final List<String> HEADER = List.of("file", "record", "filingId", "rule", "path", "messageZh", "messageEn");

	private final ApplicationEventPublisher events;

	RejectsExport(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * Writes the rejects as CSV.
	 * @param receipt the receipt they come from
	 * @param rejects the rejects to export
	 * @param out where to write
	 * @throws IOException when writing fails
	 */
	public void csv(Receipt receipt, List<RejectedRecord> rejects, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		line(writer, HEADER);
		for (RejectedRecord reject : rejects) {
			line(writer, cells(receipt, reject));
		}
		writer.flush();
		audit(receipt, rejects, "CSV");
	}

	/**
	 * Writes the rejects as an XLSX workbook.
	 * @param receipt the receipt they come from
	 * @param rejects the rejects to export
	 * @param out where to write
	 * @throws IOException when writing fails
	 */
	public void xlsx(Receipt receipt, List<RejectedRecord> rejects, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet("rejects");
			row(sheet.createRow(0), HEADER);
			int r = 1;
			for (RejectedRecord reject : rejects) {
				row(sheet.createRow(r++), cells(receipt, reject));
			}
			workbook.write(out);
		}
		audit(receipt, rejects, "XLSX");
	}

	private void audit(Receipt receipt, List<RejectedRecord> rejects, String format) {
		this.events.publishEvent(AuditRecord.success(Actor.current().map(Actor::username).orElse("anonymous"), "export",
				"intake-rejects", receipt.receiptId(), Map.of("format", format, "rows", rejects.size())));
	}

	private static List<String> cells(Receipt receipt, RejectedRecord reject) {
		return List.of(receipt.file(), String.valueOf(reject.number()), text(reject.filingId()), reject.rule(),
				text(reject.path()), text(reject.messageZh()), text(reject.messageEn()));
	}

	private static void row(Row row, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			row.createCell(c).setCellValue(cells.get(c));
		}
	}

	private static void line(Writer writer, List<String> cells) throws IOException {
		for (int c = 0; c < cells.size(); c++) {
			if (c > 0) {
				writer.write(',');
			}
			String cell = cells.get(c);
			if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
				writer.write('"' + cell.replace("\"", "\"\"") + '"');
			}
			else {
				writer.write(cell);
			}
		}
		writer.write("\r\n");
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
