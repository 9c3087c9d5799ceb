package dev.watchtower.ingestion.intake;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import dev.watchtower.ingestion.digest.Sha256;

/**
 * An accepted record as received, as JSON text, with the checksum of that text (SHA-256
 * of its UTF-8 bytes, as {@link Sha256#hex(String)} gives it), which the raw store keeps
 * beside it.
 *
 * @param text the record as JSON text
 * @param checksum the SHA-256 of the text's UTF-8 bytes
 */
public record ReceivedText(String text, String checksum) {

	public ReceivedText {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(checksum, "checksum");
	}

	/**
	 * A text produced from the record (a JSON array element, a CSV or XLSX row).
	 * @param text the text
	 * @return the text with its checksum
	 */
	public static ReceivedText of(String text) {
		return new ReceivedText(text, Sha256.hex(text));
	}

	/**
	 * The text of UTF-8 bytes as received (an NDJSON line). The checksum is the same as
	 * {@link #of(String)} of the decoded text, but taken over the bytes themselves when
	 * they are that text's UTF-8 encoding, which saves encoding the text again (a
	 * measurable share of the intake's CPU). They are whenever the decoder replaced
	 * nothing: it puts U+FFFD for each malformed sequence (overlong forms and encoded
	 * surrogates included), and well-formed UTF-8 has exactly one encoding. A text that
	 * holds U+FFFD, replaced or sent as such, is encoded again.
	 * @param utf8 the bytes as received
	 * @return the decoded text with its checksum
	 */
	static ReceivedText decoded(byte[] utf8) {
		String text = new String(utf8, StandardCharsets.UTF_8);
		return new ReceivedText(text, (text.indexOf('\uFFFD') < 0) ? Sha256.hex(utf8) : Sha256.hex(text));
	}

}
