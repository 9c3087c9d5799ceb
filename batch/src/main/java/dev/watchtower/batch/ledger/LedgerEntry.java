package dev.watchtower.batch.ledger;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One version of a filing the lake holds.
 *
 * @param key the filing
 * @param version its version
 * @param kind {@code INCIDENT_REPORT} or {@code ANNUAL_REPORT}
 * @param checksum SHA-256 (hex) of the payload
 * @param partition the silver partition its row is in ({@code occurred_month}), null for
 * unpartitioned tables
 * @param runId the run that received it
 * @param receivedAt when it was received
 */
public record LedgerEntry(FilingKey key, int version, String kind, String checksum, @Nullable String partition,
		String runId, Instant receivedAt) {

	public LedgerEntry {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(checksum, "checksum");
		Objects.requireNonNull(runId, "runId");
		Objects.requireNonNull(receivedAt, "receivedAt");
	}

}
