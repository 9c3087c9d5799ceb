package dev.watchtower.ingestion.intake;

import dev.watchtower.ingestion.validation.Finding;
import dev.watchtower.ingestion.validation.Rule;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 mapper used to read filings, with constraints sized to the filing format,
 * and the translation of parse errors into findings.
 */
final class IntakeJson {

	private IntakeJson() {
	}

	static JsonMapper mapper(IntakeLimits limits) {
		StreamReadConstraints constraints = StreamReadConstraints.builder()
			.maxStringLength(limits.maxRecordBytes())
			.maxNameLength(1_000)
			.maxNestingDepth(32)
			.maxNumberLength(64)
			.build();
		return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build()).build();
	}

	/**
	 * The finding for a parse failure: bad UTF-8, a limit exceeded, or a syntax error.
	 * @param ex the failure
	 * @param limits the limits in force
	 * @return the finding
	 */
	static Finding finding(JacksonException ex, IntakeLimits limits) {
		String message = String.valueOf(ex.getOriginalMessage());
		int newline = message.indexOf('\n');
		if (newline > 0) {
			message = message.substring(0, newline);
		}
		if (ex instanceof StreamConstraintsException) {
			return Finding.of(Rule.INPUT_RECORD_TOO_LARGE, "", null,
					limits.maxRecordBytes() + " bytes (" + message + ")");
		}
		if (message.contains("Invalid UTF-8") || message.contains("UTF-8")) {
			return Finding.of(Rule.INPUT_ENCODING, "", null, message + where(ex));
		}
		return Finding.of(Rule.INPUT_JSON_SYNTAX, "", null, message + where(ex));
	}

	private static String where(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		if (location == null || location == TokenStreamLocation.NA) {
			return "";
		}
		return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

}
