package dev.watchtower.batch.lake;

import java.util.Objects;

import dev.watchtower.ingestion.filing.Filing;

/**
 * An accepted filing for {@code bronze/filings}, as received.
 *
 * @param filing the filing
 * @param kind {@code INCIDENT_REPORT} or {@code ANNUAL_REPORT}
 * @param payload the record as received
 * @param checksum SHA-256 (hex) of the payload
 * @param source where it came from
 */
public record ReceivedFiling(Filing filing, String kind, String payload, String checksum, RecordSource source) {

	public ReceivedFiling {
		Objects.requireNonNull(filing, "filing");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(payload, "payload");
		Objects.requireNonNull(checksum, "checksum");
		Objects.requireNonNull(source, "source");
	}

}
