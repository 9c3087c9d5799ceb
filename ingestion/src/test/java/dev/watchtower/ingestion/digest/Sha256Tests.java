package dev.watchtower.ingestion.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SHA-256 in lower-case hexadecimal, checked against the FIPS 180-2 test vectors.
 */
class Sha256Tests {

	private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

	private static final String TWO_BLOCKS = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

	@Test
	void hex_of_bytes_and_of_text_give_the_known_vectors() {
		assertThat(Sha256.hex("abc")).isEqualTo(ABC);
		assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
		assertThat(Sha256.hex("")).isEqualTo(EMPTY);
		assertThat(Sha256.hex(new byte[0])).isEqualTo(EMPTY);
		assertThat(Sha256.hex(TWO_BLOCKS))
			.isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	}

	@Test
	void text_is_digested_as_utf8() {
		String text = "监管 ✓";

		assertThat(Sha256.hex(text)).matches("[0-9a-f]{64}")
			.isEqualTo(Sha256.hex(text.getBytes(StandardCharsets.UTF_8)))
			.isNotEqualTo(Sha256.hex(text.getBytes(StandardCharsets.UTF_16)));
	}

	@Test
	void a_digest_fed_in_parts_equals_the_one_shot_digest_and_starts_over() {
		MessageDigest digest = Sha256.newDigest();
		byte[] content = TWO_BLOCKS.getBytes(StandardCharsets.UTF_8);
		digest.update(content, 0, 5);
		digest.update(content, 5, 30);
		digest.update(content, 35, content.length - 35);

		assertThat(Sha256.hex(digest)).isEqualTo(Sha256.hex(TWO_BLOCKS));
		digest.update("abc".getBytes(StandardCharsets.UTF_8));
		assertThat(Sha256.hex(digest)).isEqualTo(ABC);
		assertThat(Sha256.hex(Sha256.newDigest())).isEqualTo(EMPTY);
	}

}
