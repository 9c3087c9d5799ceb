package dev.watchtower.batch.lake;

import java.time.Instant;
import java.util.Objects;

/**
 * Which intake run wrote a row, and when it received the records: the same for every row
 * of a run, so a chunk replayed after a crash writes identical rows.
 *
 * @param runId the intake run (Spring Batch job instance id)
 * @param receivedAt when the run started receiving
 */
public record RunStamp(String runId, Instant receivedAt) {

	public RunStamp {
		Objects.requireNonNull(runId, "runId");
		Objects.requireNonNull(receivedAt, "receivedAt");
	}

}
