package dev.watchtower.analytics.lake;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a job last processed of one source table.
 *
 * @param job the job
 * @param source the source table path
 * @param sourceVersion the Delta version of the source it read
 * @param highWaterAt the greatest {@code received_at} (or other change time) it saw, if
 * the source has one
 * @param asOf the as-of date of that run
 */
public record Watermark(String job, String source, long sourceVersion, @Nullable Instant highWaterAt, LocalDate asOf) {

	public Watermark {
		Objects.requireNonNull(job, "job");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(asOf, "asOf");
	}

	@Nullable Timestamp highWaterTimestamp() {
		return (this.highWaterAt != null) ? Timestamp.from(this.highWaterAt) : null;
	}

}
