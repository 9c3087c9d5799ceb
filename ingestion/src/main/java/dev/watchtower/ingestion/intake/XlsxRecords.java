package dev.watchtower.ingestion.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.pjfanning.xlsx.StreamingReader;
import dev.watchtower.ingestion.validation.Finding;
import dev.watchtower.ingestion.validation.RecordLocation;
import dev.watchtower.ingestion.validation.Rule;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads the first sheet of an XLSX workbook with a streaming reader (rows are never all
 * in memory). The archive is checked first for zip bombs and external links; formula
 * cells are rejected.
 */
final class XlsxRecords {

	private final IntakeLimits limits;

	XlsxRecords(IntakeLimits limits) {
		this.limits = limits;
	}

	void read(Path file, String source, RecordSink sink) throws IOException {
		Optional<Finding> problem = FileSniffer.looksLikeZip(file) ? XlsxArchiveCheck.problem(file, this.limits)
				: XlsxArchiveCheck.notAnArchive();
		if (problem.isPresent()) {
			sink.accept(new RawRecord.Unreadable(RecordLocation.wholeFile(source), problem.get(), null));
			return;
		}
		try (InputStream in = Files.newInputStream(file);
				Workbook workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(65_536).open(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> header = null;
			for (Row row : sheet) {
				if (header == null) {
					header = headerOf(row);
					continue;
				}
				RawRecord record = record(row, header, source);
				if (record != null && !sink.accept(record)) {
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			// POI reports broken workbook content with many runtime exception types.
			sink.accept(new RawRecord.Unreadable(RecordLocation.wholeFile(source),
					Finding.of(Rule.XLSX_CORRUPT, "", null, String.valueOf(ex.getMessage())), null));
		}
	}

	private static List<String> headerOf(Row row) {
		List<String> header = new ArrayList<>();
		for (int i = 0; i < row.getLastCellNum(); i++) {
			Cell cell = row.getCell(i);
			header.add((cell != null) ? cell.getStringCellValue().trim() : "");
		}
		return header;
	}

	private @Nullable RawRecord record(Row row, List<String> header, String source) {
		RecordLocation location = new RecordLocation(source, RecordLocation.Kind.ROW, row.getRowNum() + 1L);
		List<@Nullable Object> cells = new ArrayList<>(header.size());
		List<Finding> findings = new ArrayList<>();
		boolean empty = true;
		for (int i = 0; i < header.size(); i++) {
			Cell cell = row.getCell(i);
			Object value = null;
			if (cell != null) {
				if (cell.getCellType() == CellType.FORMULA) {
					findings.add(Finding.of(Rule.XLSX_FORMULA, header.get(i), cell.getCellFormula(),
							cell.getAddress().formatAsString()));
				}
				else {
					value = value(cell);
				}
			}
			if (value != null && !value.toString().isBlank()) {
				empty = false;
			}
			cells.add(value);
		}
		if (empty && findings.isEmpty()) {
			return null;
		}
		if (row.getLastCellNum() > header.size()) {
			findings.add(Finding.of(Rule.CSV_STRUCTURE, "", null,
					"row has cells beyond the " + header.size() + " header columns"));
		}
		var tree = FlatRecord.tree(header, cells);
		int maxPayload = this.limits.maxPayloadChars();
		return new RawRecord.Parsed(location, tree, findings, () -> PayloadText.of(tree.toString(), maxPayload));
	}

	private static @Nullable Object value(Cell cell) {
		return switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> cell.getBooleanCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toString()
					: (Object) cell.getNumericCellValue();
			default -> null;
		};
	}

}
