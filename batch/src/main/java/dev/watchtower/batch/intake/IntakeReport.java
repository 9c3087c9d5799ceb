package dev.watchtower.batch.intake;

import java.util.List;
import java.util.Locale;

import dev.watchtower.batch.inbox.FileCounts;

/**
 * What one call of the intake did: the runs it finished (an interrupted one first, then a
 * new one) and their totals. {@code records = written + duplicates + rejected}.
 *
 * @param runIds the runs, in order
 * @param files files taken
 * @param counts summed counts
 * @param failedFiles files that could not be read at all
 * @param seconds wall-clock time
 * @param outcome how it ended
 */
public record IntakeReport(List<String> runIds, long files, FileCounts counts, long failedFiles, double seconds,
		Outcome outcome) {

	public IntakeReport {
		runIds = List.copyOf(runIds);
	}

	/**
	 * The summary line of {@code ./watchtower ingest}.
	 * @return {@code {"files":…,"records":…,"written":…,"duplicates":…,"rejected":…,"seconds":…}}
	 */
	public String toJson() {
		return String.format(Locale.ROOT,
				"{\"files\":%d,\"records\":%d,\"written\":%d,\"duplicates\":%d,\"rejected\":%d,\"seconds\":%.1f,"
						+ "\"failedFiles\":%d,\"runs\":[%s],\"outcome\":\"%s\"}",
				this.files, this.counts.records(), this.counts.written(), this.counts.duplicates(),
				this.counts.rejected(), this.seconds, this.failedFiles,
				String.join(",", this.runIds.stream().map((id) -> "\"" + id + "\"").toList()), this.outcome);
	}

	/**
	 * How a call ended.
	 */
	public enum Outcome {

		/** Every run completed. */
		COMPLETED,
		/** A run failed; it restarts where it stopped on the next call. */
		FAILED,
		/** Another intake holds the lock. */
		BUSY,
		/** Nothing was ready. */
		IDLE

	}

}
