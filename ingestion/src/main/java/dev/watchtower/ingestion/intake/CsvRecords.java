package dev.watchtower.ingestion.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.watchtower.ingestion.validation.Finding;
import dev.watchtower.ingestion.validation.RecordLocation;
import dev.watchtower.ingestion.validation.Rule;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a CSV file (RFC 4180, UTF-8, header row of dotted JSON paths) row by row. Bad
 * UTF-8 stops the file with a clear rejection; a row longer than the record limit is
 * skipped.
 */
final class CsvRecords {

	private final IntakeLimits limits;

	CsvRecords(IntakeLimits limits) {
		this.limits = limits;
	}

	void read(Path file, String source, RecordSink sink) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (InputStream in = Files.newInputStream(file);
				Reader reader = new java.io.BufferedReader(new InputStreamReader(in, decoder), 65_536)) {
			CsvTokenizer rows = new CsvTokenizer(reader, this.limits.maxRecordBytes());
			List<String> header;
			try {
				header = rows.next();
			}
			catch (CharacterCodingException ex) {
				sink.accept(
						unreadable(source, 1, Finding.of(Rule.INPUT_ENCODING, "", null, "row 1: " + ex.getMessage())));
				return;
			}
			if (header == null) {
				sink.accept(new RawRecord.Unreadable(RecordLocation.wholeFile(source),
						Finding.of(Rule.INPUT_EMPTY, "", null), null));
				return;
			}
			if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
				header.set(0, header.get(0).substring(1));
			}
			header.replaceAll(String::trim);
			Set<String> seen = new HashSet<>();
			for (String column : header) {
				if (!seen.add(column)) {
					sink.accept(unreadable(source, 1, Finding.of(Rule.CSV_STRUCTURE, "", column,
							"column \"" + column + "\" appears twice in the header")));
					return;
				}
			}
			readRows(rows, header, source, sink);
		}
	}

	private void readRows(CsvTokenizer rows, List<String> header, String source, RecordSink sink) throws IOException {
		while (true) {
			List<String> cells;
			long row = rows.rowNumber() + 1;
			try {
				cells = rows.next();
			}
			catch (CharacterCodingException ex) {
				sink.accept(unreadable(source, row, Finding.of(Rule.INPUT_ENCODING, "", null, ex.getMessage())));
				return;
			}
			catch (CsvTokenizer.CsvStructureException ex) {
				boolean more = sink.accept(unreadable(source, ex.row(),
						(ex.tooLarge())
								? Finding.of(Rule.INPUT_RECORD_TOO_LARGE, "", null,
										this.limits.maxRecordBytes() + " characters")
								: Finding.of(Rule.CSV_STRUCTURE, "", null, ex.getMessage())));
				if (!more || ex.fatal()) {
					return;
				}
				continue;
			}
			if (cells == null) {
				return;
			}
			if (cells.size() == 1 && cells.get(0).isBlank()) {
				continue;
			}
			RecordLocation location = new RecordLocation(source, RecordLocation.Kind.ROW, rows.rowNumber());
			if (cells.size() != header.size()) {
				if (!sink.accept(new RawRecord.Unreadable(location,
						Finding.of(Rule.CSV_STRUCTURE, "", null,
								"row has " + cells.size() + " cells, the header has " + header.size()),
						String.join(",", cells)))) {
					return;
				}
				continue;
			}
			ObjectNode tree = FlatRecord.tree(header, cells);
			int maxPayload = this.limits.maxPayloadChars();
			if (!sink.accept(new RawRecord.Parsed(location, tree, List.of(),
					() -> PayloadText.of(String.join(",", cells), maxPayload)))) {
				return;
			}
		}
	}

	private static RawRecord unreadable(String source, long row, Finding finding) {
		return new RawRecord.Unreadable(new RecordLocation(source, RecordLocation.Kind.ROW, row), finding, null);
	}

	/**
	 * An RFC 4180 tokenizer over a character stream with a bound on record length.
	 */
	static final class CsvTokenizer {

		private final Reader reader;

		private final int maxChars;

		private long rowNumber;

		private int pushedBack = -2;

		CsvTokenizer(Reader reader, int maxChars) {
			this.reader = reader;
			this.maxChars = maxChars;
		}

		long rowNumber() {
			return this.rowNumber;
		}

		/**
		 * Reads the next row.
		 * @return the cells, or null at end of input
		 */
		@Nullable List<String> next() throws IOException {
			int c = read();
			if (c < 0) {
				return null;
			}
			this.rowNumber++;
			long startRow = this.rowNumber;
			List<String> cells = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			boolean quoted = false;
			boolean cellStart = true;
			int length = 0;
			while (true) {
				if (c < 0) {
					if (quoted) {
						throw new CsvStructureException(startRow,
								"a quoted cell is not closed before the end of the file", false, true);
					}
					cells.add(cell.toString());
					return cells;
				}
				if (++length > this.maxChars) {
					if (quoted) {
						throw new CsvStructureException(startRow, "row too large", true, true);
					}
					skipLine(c);
					throw new CsvStructureException(startRow, "row too large", true, false);
				}
				char ch = (char) c;
				if (quoted) {
					if (ch == '"') {
						int next = read();
						if (next == '"') {
							cell.append('"');
						}
						else {
							quoted = false;
							c = next;
							continue;
						}
					}
					else {
						if (ch == '\n') {
							this.rowNumber++;
						}
						cell.append(ch);
					}
				}
				else if (ch == '"' && cellStart) {
					quoted = true;
					cellStart = false;
				}
				else if (ch == ',') {
					cells.add(cell.toString());
					cell.setLength(0);
					cellStart = true;
				}
				else if (ch == '\n' || ch == '\r') {
					if (ch == '\r') {
						int next = read();
						if (next != '\n' && next >= 0) {
							this.pushedBack = next;
						}
					}
					cells.add(cell.toString());
					return cells;
				}
				else {
					cell.append(ch);
					cellStart = false;
				}
				c = read();
			}
		}

		private void skipLine(int current) throws IOException {
			int c = current;
			while (c >= 0 && c != '\n') {
				c = read();
			}
		}

		private int read() throws IOException {
			if (this.pushedBack != -2) {
				int c = this.pushedBack;
				this.pushedBack = -2;
				return c;
			}
			return this.reader.read();
		}

		/**
		 * A structural problem in one row.
		 */
		static final class CsvStructureException extends IOException {

			private final long row;

			private final boolean tooLarge;

			private final boolean fatal;

			CsvStructureException(long row, String message, boolean tooLarge, boolean fatal) {
				super("row " + row + ": " + message);
				this.row = row;
				this.tooLarge = tooLarge;
				this.fatal = fatal;
			}

			long row() {
				return this.row;
			}

			boolean tooLarge() {
				return this.tooLarge;
			}

			boolean fatal() {
				return this.fatal;
			}

		}

	}

}
