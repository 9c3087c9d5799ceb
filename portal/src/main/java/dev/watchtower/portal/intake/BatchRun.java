package dev.watchtower.portal.intake;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One execution of a batch job, as Spring Batch's job repository holds it.
 *
 * @param executionId the job execution id
 * @param jobName the job
 * @param status Spring Batch's status ({@code STARTED}, {@code COMPLETED},
 * {@code FAILED}, ...)
 * @param exitCode the exit code
 * @param exitMessage the exit message (the failure, if any)
 * @param createdAt when it was created
 * @param startedAt when it started
 * @param endedAt when it ended
 * @param read items read over all steps
 * @param written items written
 * @param filtered items filtered
 * @param skipped items skipped (rejected)
 * @param steps steps started
 * @param completedSteps steps completed
 * @param parameters the job parameters
 */
public record BatchRun(long executionId, String jobName, String status, @Nullable String exitCode,
		@Nullable String exitMessage, Instant createdAt, @Nullable Instant startedAt, @Nullable Instant endedAt,
		long read, long written, long filtered, long skipped, int steps, int completedSteps,
		Map<String, String> parameters) {

	public BatchRun {
		parameters = Map.copyOf(parameters);
	}

	/**
	 * Whether it still runs.
	 * @return {@code true} while starting or started
	 */
	public boolean running() {
		return "STARTING".equals(this.status) || "STARTED".equals(this.status) || "STOPPING".equals(this.status);
	}

}
