package dev.watchtower.ingestion.intake;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import dev.watchtower.ingestion.validation.Finding;
import dev.watchtower.ingestion.validation.RecordLocation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A record as a format reader produced it: a JSON object ready for checking, or a record
 * (or whole file) that could not be read.
 */
sealed interface RawRecord {

	RecordLocation location();

	/**
	 * A record read into a JSON tree.
	 *
	 * @param location where it is
	 * @param tree the record
	 * @param readFindings problems the reader already found (e.g. XLSX formulas)
	 * @param payload the original text, computed only for rejects (bounded)
	 * @param text the record as received as JSON text with its checksum, computed only
	 * for accepted records
	 */
	record Parsed(RecordLocation location, JsonNode tree, List<Finding> readFindings, Supplier<String> payload,
			Supplier<ReceivedText> text) implements RawRecord {

		public Parsed {
			Objects.requireNonNull(location, "location");
			Objects.requireNonNull(tree, "tree");
			readFindings = List.copyOf(readFindings);
			Objects.requireNonNull(payload, "payload");
			Objects.requireNonNull(text, "text");
		}

		/**
		 * A record whose accepted text is its JSON tree.
		 * @param location where it is
		 * @param tree the record
		 * @param readFindings problems the reader already found
		 * @param payload the original text, computed only for rejects (bounded)
		 */
		Parsed(RecordLocation location, JsonNode tree, List<Finding> readFindings, Supplier<String> payload) {
			this(location, tree, readFindings, payload, () -> ReceivedText.of(tree.toString()));
		}

	}

	/**
	 * A line of NDJSON not parsed yet: parsing happens on the checking thread.
	 *
	 * @param location where it is
	 * @param bytes the line (UTF-8, without the line break)
	 */
	record Line(RecordLocation location, byte[] bytes) implements RawRecord {

		public Line {
			Objects.requireNonNull(location, "location");
			Objects.requireNonNull(bytes, "bytes");
		}

	}

	/**
	 * A record or file that could not be read at all.
	 *
	 * @param location where it is
	 * @param finding why
	 * @param payload the original text if any
	 */
	record Unreadable(RecordLocation location, Finding finding, @Nullable String payload) implements RawRecord {

		public Unreadable {
			Objects.requireNonNull(location, "location");
			Objects.requireNonNull(finding, "finding");
		}

	}

}
