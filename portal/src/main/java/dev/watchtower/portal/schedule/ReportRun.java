package dev.watchtower.portal.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One run of a schedule, as the run log shows it.
 *
 * @param id the run's id (also its output folder's name)
 * @param scheduleId its schedule
 * @param fireTime the time it is for (the cron fire time, or the moment of "run now")
 * @param manual whether someone pressed "run now"
 * @param requestedBy who pressed it, or {@code system}
 * @param state where it stands
 * @param progress percent done, from the job's {@code PROGRESS} lines
 * @param step the current step
 * @param message the step's free text
 * @param reason why it failed
 * @param queuedAt when it was queued
 * @param startedAt when its process started
 * @param finishedAt when it ended
 * @param claimedBy the portal instance that runs it
 */
public record ReportRun(UUID id, UUID scheduleId, Instant fireTime, boolean manual, String requestedBy, RunState state,
		int progress, @Nullable String step, @Nullable String message, @Nullable String reason, Instant queuedAt,
		@Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable String claimedBy) {

	public ReportRun {
		Objects.requireNonNull(id, "id must not be null");
		Objects.requireNonNull(state, "state must not be null");
	}

}
