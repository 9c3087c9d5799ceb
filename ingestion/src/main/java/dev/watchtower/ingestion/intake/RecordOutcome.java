package dev.watchtower.ingestion.intake;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import dev.watchtower.ingestion.filing.Filing;
import dev.watchtower.ingestion.validation.RecordLocation;
import dev.watchtower.ingestion.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * What became of one input record: accepted as a filing, or rejected with its violations
 * and original payload. Every record read ends in exactly one of the two.
 */
public sealed interface RecordOutcome {

	RecordLocation location();

	/**
	 * A record that passed schema and business rules.
	 *
	 * @param location where the record is
	 * @param filing the filing read from it
	 * @param receivedText gives the record as received with its checksum (see
	 * {@link #received()}); decoded only when asked for, since validating alone never
	 * needs it
	 */
	record Accepted(RecordLocation location, Filing filing,
			Supplier<ReceivedText> receivedText) implements RecordOutcome {

		public Accepted {
			Objects.requireNonNull(location, "location");
			Objects.requireNonNull(filing, "filing");
			Objects.requireNonNull(receivedText, "receivedText");
		}

		/**
		 * The record as received, as JSON text (an NDJSON line as it was sent, a JSON
		 * array element, CSV and XLSX rows as their JSON tree), for the raw store;
		 * decoded (and digested) on each call.
		 * @return the text
		 */
		public String payload() {
			return received().text();
		}

		/**
		 * The record as received ({@link #payload()}) with its checksum; decoded and
		 * digested on each call.
		 * @return the text and its checksum
		 */
		public ReceivedText received() {
			return this.receivedText.get();
		}

	}

	/**
	 * A record (or a whole file) that was rejected.
	 *
	 * @param location where the record is
	 * @param filingId its filing id when readable
	 * @param violations why, never empty
	 * @param payload the original record text when available (bounded), for the rejects
	 * store
	 */
	record Rejected(RecordLocation location, @Nullable String filingId, List<Violation> violations,
			@Nullable String payload) implements RecordOutcome {

		public Rejected {
			Objects.requireNonNull(location, "location");
			violations = List.copyOf(violations);
			if (violations.isEmpty()) {
				throw new IllegalArgumentException("A rejected record needs at least one violation: " + location);
			}
		}

	}

}
