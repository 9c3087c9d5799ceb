package dev.watchtower.portal.schedule;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How report runs are started.
 *
 * @param command the analytics command line before the job name, comma-separated in
 * properties ({@code ./watchtower,analytics,run} locally; {@code spark-submit,...} in
 * production)
 * @param workingDirectory where the command runs
 * @param sparkMaster passed as {@code --master} when set (a Spark standalone or
 * Kubernetes master); local otherwise
 * @param reports where each run's outputs go ({@code <reports>/<runId>/})
 * @param enabled whether this instance queues due runs and claims queued ones on its own
 * @param maxConcurrentRuns how many runs this instance runs at once
 * @param timeout how long a run may take before its process is stopped
 * @param staleAfter a running run whose instance sent no heartbeat for this long is
 * failed
 */
@Validated
@ConfigurationProperties("watchtower.schedules")
public record ScheduleSettings(@NotEmpty @DefaultValue( {
		"./watchtower", "analytics", "run" }) List<String> command, @DefaultValue(".") Path workingDirectory,
		@Nullable String sparkMaster, @DefaultValue("data/reports") Path reports, @DefaultValue("true") boolean enabled,
		@Min(1) @DefaultValue("1") int maxConcurrentRuns, @DefaultValue("2h") Duration timeout,
		@DefaultValue("10m") Duration staleAfter){

	public ScheduleSettings {
		command = List.copyOf(command);
	}

}
