package dev.watchtower.ingestion.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.watchtower.ingestion.validation.Finding;
import dev.watchtower.ingestion.validation.RecordLocation;
import dev.watchtower.ingestion.validation.Rule;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an NDJSON file: one filing per line, blank lines ignored, each line bounded in
 * size.
 */
final class NdjsonRecords {

	private final JsonMapper mapper;

	private final IntakeLimits limits;

	NdjsonRecords(JsonMapper mapper, IntakeLimits limits) {
		this.mapper = mapper;
		this.limits = limits;
	}

	void read(Path file, String source, RecordSink sink) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			LineScanner lines = new LineScanner(in, this.limits.maxRecordBytes());
			while (lines.next()) {
				RawRecord record = record(lines, source);
				if (record != null && !sink.accept(record)) {
					return;
				}
			}
		}
	}

	private @Nullable RawRecord record(LineScanner lines, String source) {
		RecordLocation location = new RecordLocation(source, RecordLocation.Kind.LINE, lines.lineNumber());
		if (lines.oversized()) {
			return new RawRecord.Unreadable(location,
					Finding.of(Rule.INPUT_RECORD_TOO_LARGE, "", null, this.limits.maxRecordBytes() + " bytes"), null);
		}
		byte[] buffer = lines.buffer();
		int start = lines.lineStart();
		int length = lines.lineLength();
		if (lines.lineNumber() == 1 && length >= 3 && (buffer[start] & 0xFF) == 0xEF
				&& (buffer[start + 1] & 0xFF) == 0xBB && (buffer[start + 2] & 0xFF) == 0xBF) {
			start += 3;
			length -= 3;
		}
		if (isBlank(buffer, start, length)) {
			return null;
		}
		return new RawRecord.Line(location, Arrays.copyOfRange(buffer, start, start + length));
	}

	/**
	 * Parses a line into a record (on the checking thread).
	 * @param line the line
	 * @param mapper the mapper
	 * @param limits the limits
	 * @return the parsed or unreadable record
	 */
	static RawRecord parse(RawRecord.Line line, JsonMapper mapper, IntakeLimits limits) {
		byte[] bytes = line.bytes();
		try {
			JsonNode tree = mapper.readTree(bytes);
			if (!tree.isObject()) {
				return new RawRecord.Unreadable(line.location(),
						Finding.of(Rule.INPUT_NOT_AN_OBJECT, "", tree.getNodeType().name().toLowerCase()),
						text(bytes, limits));
			}
			int maxPayload = limits.maxPayloadChars();
			return new RawRecord.Parsed(line.location(), tree, List.of(), () -> text(bytes, maxPayload),
					() -> ReceivedText.decoded(bytes));
		}
		catch (JacksonException ex) {
			return new RawRecord.Unreadable(line.location(), IntakeJson.finding(ex, limits), text(bytes, limits));
		}
	}

	private static String text(byte[] bytes, IntakeLimits limits) {
		return text(bytes, limits.maxPayloadChars());
	}

	private static String text(byte[] bytes, int maxChars) {
		return PayloadText.of(new String(bytes, 0, Math.min(bytes.length, maxChars * 4), StandardCharsets.UTF_8),
				maxChars);
	}

	private static boolean isBlank(byte[] buffer, int start, int length) {
		for (int i = start; i < start + length; i++) {
			byte b = buffer[i];
			if (b != ' ' && b != '\t' && b != '\r') {
				return false;
			}
		}
		return true;
	}

}
