package dev.watchtower.portal.schedule;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a CSV table as an XLSX workbook with POI's streaming SXSSF (at most 100 rows in
 * memory): a bold header, numbers as numbers, everything else as text.
 */
final class TableWorkbook {

	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d+)?");

	private TableWorkbook() {
	}

	static void write(String name, CsvTable table, OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int c = 0; c < table.header().size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(table.header().get(c));
				cell.setCellStyle(bold);
			}
			int r = 1;
			for (List<String> record : table.rows()) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < record.size(); c++) {
					String value = record.get(c);
					if (NUMBER.matcher(value).matches()) {
						row.createCell(c).setCellValue(Double.parseDouble(value));
					}
					else {
						row.createCell(c).setCellValue(value);
					}
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
		}
	}

}
