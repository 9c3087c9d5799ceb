package dev.watchtower.ingestion.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.watchtower.ingestion.validation.Finding;
import dev.watchtower.ingestion.validation.Rule;

/**
 * Looks at the first bytes of a file to reject empty files, UTF-16/32 text and binary
 * junk before any parser sees them. A UTF-8 byte order mark is tolerated (RFC 8259 allows
 * parsers to ignore it; Excel writes it into CSV) and skipped by the readers.
 */
final class FileSniffer {

	private static final int SNIFF_BYTES = 8192;

	private FileSniffer() {
	}

	static Optional<Finding> textProblem(Path file) throws IOException {
		byte[] head = head(file);
		if (head.length == 0) {
			return Optional.of(Finding.of(Rule.INPUT_EMPTY, "", null));
		}
		if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
			return Optional.of(Finding.of(Rule.INPUT_ENCODING, "", null, "UTF-16/UTF-32 byte order mark; send UTF-8"));
		}
		int zeros = 0;
		int firstZero = -1;
		int controls = 0;
		for (int i = 0; i < head.length; i++) {
			int b = head[i] & 0xFF;
			if (b == 0) {
				zeros++;
				firstZero = (firstZero < 0) ? i : firstZero;
			}
			else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
				controls++;
			}
		}
		if (zeros > 0 && zeros * 3 >= head.length) {
			return Optional.of(Finding.of(Rule.INPUT_ENCODING, "", null, "looks like UTF-16 without byte order mark"));
		}
		if (zeros > 0) {
			return Optional.of(Finding.of(Rule.INPUT_BINARY, "", "0x00", firstZero));
		}
		if (controls * 20 > head.length) {
			return Optional.of(Finding.of(Rule.INPUT_BINARY, "", "control characters", 0));
		}
		return Optional.empty();
	}

	static boolean looksLikeZip(Path file) throws IOException {
		byte[] head = head(file);
		return startsWith(head, 'P', 'K', 3, 4);
	}

	static boolean isEmpty(Path file) throws IOException {
		return Files.size(file) == 0;
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(SNIFF_BYTES);
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
