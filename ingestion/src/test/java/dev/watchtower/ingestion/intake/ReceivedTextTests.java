package dev.watchtower.ingestion.intake;

import java.nio.charset.StandardCharsets;

import dev.watchtower.ingestion.digest.Sha256;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An NDJSON line's checksum taken over its bytes is the checksum of its decoded text,
 * malformed lines included.
 */
class ReceivedTextTests {

	@Test
	void a_well_formed_line_gives_its_text_and_the_checksum_of_that_text() {
		String line = "{\"title\":\"核心系统中断 ✓\",\"note\":\"\\u0000 ascii\"}";

		ReceivedText received = ReceivedText.decoded(line.getBytes(StandardCharsets.UTF_8));

		assertThat(received.text()).isEqualTo(line);
		assertThat(received.checksum()).isEqualTo(Sha256.hex(line)).isEqualTo(ReceivedText.of(line).checksum());
	}

	@Test
	void malformed_bytes_give_the_checksum_of_the_text_with_replacements_not_of_the_bytes() {
		byte[][] malformed = { { '"', (byte) 0xC3, '(', '"' }, // truncated sequence
				{ '"', (byte) 0xC0, (byte) 0xAF, '"' }, // overlong '/'
				{ '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"' }, // encoded surrogate
				{ '"', (byte) 0xFF, '"' } }; // never valid
		for (byte[] bytes : malformed) {
			ReceivedText received = ReceivedText.decoded(bytes);

			assertThat(received.text()).contains("\uFFFD");
			assertThat(received.checksum()).isEqualTo(Sha256.hex(received.text())).isNotEqualTo(Sha256.hex(bytes));
		}
	}

	@Test
	void a_replacement_character_sent_as_such_keeps_the_checksum_of_the_text() {
		String line = "{\"title\":\"\uFFFD\"}";

		ReceivedText received = ReceivedText.decoded(line.getBytes(StandardCharsets.UTF_8));

		assertThat(received.text()).isEqualTo(line);
		assertThat(received.checksum()).isEqualTo(Sha256.hex(line));
	}

}
