package dev.watchtower.portal.schedule;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTests {

	@Test
	void reads_rfc_4180_with_bom_quotes_and_line_breaks() throws IOException {
		CsvTable table = CsvTable
			.read(new StringReader("\uFEFFa,b,c\r\n1,\"x, y\",\"he said \"\"hi\"\"\"\r\n2,\"two\nlines\",\r\n"));

		assertThat(table.header()).containsExactly("a", "b", "c");
		assertThat(table.rows()).containsExactly(List.of("1", "x, y", "he said \"hi\""),
				List.of("2", "two\nlines", ""));
	}

	@Test
	void reads_a_last_line_without_line_break() throws IOException {
		assertThat(CsvTable.read(new StringReader("a\n1")).rows()).containsExactly(List.of("1"));
	}

	@Test
	void an_empty_file_is_an_empty_table() throws IOException {
		assertThat(CsvTable.read(new StringReader("")).header()).isEmpty();
	}

}
