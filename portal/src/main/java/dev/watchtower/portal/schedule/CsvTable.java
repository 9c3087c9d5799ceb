package dev.watchtower.portal.schedule;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV table as the analytics jobs write it (UTF-8 with BOM, header row, RFC 4180:
 * quoted fields with doubled quotes, line breaks inside quotes).
 *
 * @param header the column names
 * @param rows the records, each as long as the header at most
 */
record CsvTable(List<String> header, List<List<String>> rows) {

	CsvTable {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
	}

	static CsvTable read(Reader reader) throws IOException {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean first = true;
		boolean fieldStarted = false;
		int c;
		while ((c = reader.read()) != -1) {
			if (first) {
				first = false;
				if (c == '\uFEFF') {
					continue;
				}
			}
			if (quoted) {
				if (c == '"') {
					reader.mark(1);
					int next = reader.read();
					if (next == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						if (next != -1) {
							reader.reset();
						}
					}
				}
				else {
					field.append((char) c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
				fieldStarted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r') {
					reader.mark(1);
					if (reader.read() != '\n') {
						reader.reset();
					}
				}
				if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
					record.add(field.toString());
					records.add(record);
				}
				record = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
			}
			else {
				field.append((char) c);
				fieldStarted = true;
			}
		}
		if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		if (records.isEmpty()) {
			return new CsvTable(List.of(), List.of());
		}
		return new CsvTable(records.get(0), records.subList(1, records.size()));
	}

}
