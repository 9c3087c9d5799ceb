package dev.watchtower.portal.schedule;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.watchtower.portal.base.AuditOutcome;
import dev.watchtower.portal.base.AuditRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Runs a report as a separate process, as {@code docs/analytics-runs.md} describes: the
 * configured command, the job name, {@code --master} when a Spark master is configured,
 * {@code --as-of}, {@code --output <reports>/<runId>} and {@code --param key=value}.
 * {@code PROGRESS} lines on stderr go live into the run log, the last {@code ERROR} line
 * is the failure reason, stdout and stderr are kept beside the outputs, and a run that
 * outlives the time-out is stopped.
 */
@Component
class AnalyticsProcessRunner implements RunLauncher, DisposableBean {

	static final Duration HEARTBEAT = Duration.ofSeconds(15);

	private static final Logger logger = LoggerFactory.getLogger(AnalyticsProcessRunner.class);

	private final ScheduleRepository repository;

	private final ScheduleSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Set<Process> live = ConcurrentHashMap.newKeySet();

	AnalyticsProcessRunner(ScheduleRepository repository, ScheduleSettings settings, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void launch(UUID runId) {
		MDC.put("runId", runId.toString());
		Path output = this.settings.reports().resolve(runId.toString()).toAbsolutePath();
		try {
			ReportRun run = this.repository.findRun(runId).orElseThrow();
			Schedule schedule = this.repository.find(run.scheduleId()).orElseThrow();
			Files.createDirectories(output);
			List<String> command = command(schedule.definition(), run, output);
			logger.info("Starting report run {}: {}", runId, command);
			Outcome outcome = execute(runId, command, output);
			this.repository.finish(runId, outcome.state(), outcome.exitCode(), outcome.reason(), output.toString(),
					this.clock.instant());
			logger.info("Report run {} ended {} (exit {}){}", runId, outcome.state(), outcome.exitCode(),
					(outcome.reason() != null) ? ": " + outcome.reason() : "");
			this.events.publishEvent(new AuditRecord(run.requestedBy(), "schedule.run", "report-run", runId.toString(),
					(outcome.state() == RunState.SUCCEEDED) ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
					Map.of("schedule", schedule.id().toString(), "job", schedule.definition().job().commandName())));
		}
		catch (IOException | RuntimeException ex) {
			logger.error("Report run {} could not be run", runId, ex);
			this.repository.finish(runId, RunState.FAILED, null, "Cannot run the job: " + ex.getMessage(),
					output.toString(), this.clock.instant());
		}
		finally {
			MDC.remove("runId");
		}
	}

	List<String> command(ScheduleDefinition definition, ReportRun run, Path output) {
		List<String> command = new ArrayList<>(this.settings.command());
		command.add(definition.job().commandName());
		if (this.settings.sparkMaster() != null && !this.settings.sparkMaster().isBlank()) {
			command.addAll(List.of("--master", this.settings.sparkMaster()));
		}
		String asOf = definition.parameters()
			.getOrDefault("as-of", LocalDate.ofInstant(run.fireTime(), definition.zone()).toString());
		command.addAll(List.of("--as-of", asOf, "--output", output.toString()));
		definition.parameters().forEach((key, value) -> {
			if (!"as-of".equals(key)) {
				command.addAll(List.of("--param", key + "=" + value));
			}
		});
		return command;
	}

	private Outcome execute(UUID runId, List<String> command, Path output) throws IOException {
		Process process;
		try {
			process = new ProcessBuilder(command).directory(this.settings.workingDirectory().toFile())
				.redirectOutput(ProcessBuilder.Redirect.appendTo(output.resolve("stdout.log").toFile()))
				.start();
		}
		catch (IOException ex) {
			return new Outcome(RunState.FAILED, null, "Cannot start %s: %s".formatted(command.get(0), ex.getMessage()));
		}
		this.live.add(process);
		AtomicReference<@Nullable String> lastError = new AtomicReference<>();
		Thread stderr = Thread.ofVirtual().start(() -> follow(runId, process, output, lastError));
		try {
			Instant deadline = this.clock.instant().plus(this.settings.timeout());
			while (!process.waitFor(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS)) {
				if (this.clock.instant().isAfter(deadline)) {
					process.destroyForcibly();
					stderr.join(HEARTBEAT.toMillis());
					return new Outcome(RunState.FAILED, null,
							"Stopped after the time-out of %s".formatted(this.settings.timeout()));
				}
				this.repository.heartbeat(runId, this.clock.instant());
			}
			stderr.join(HEARTBEAT.toMillis());
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			return new Outcome(RunState.FAILED, null, "The portal stopped while the job ran");
		}
		finally {
			this.live.remove(process);
		}
		int exit = process.exitValue();
		if (exit == 0) {
			return new Outcome(RunState.SUCCEEDED, exit, null);
		}
		String reason = lastError.get();
		return new Outcome(RunState.FAILED, exit,
				(reason != null) ? reason : "The job exited with code %d and no ERROR line".formatted(exit));
	}

	private void follow(UUID runId, Process process, Path output, AtomicReference<@Nullable String> lastError) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
				BufferedWriter log = Files.newBufferedWriter(output.resolve("stderr.log"), StandardCharsets.UTF_8)) {
			String line;
			while ((line = reader.readLine()) != null) {
				log.write(line);
				log.newLine();
				log.flush();
				switch (JobOutputLine.parse(line)) {
					case JobOutputLine.Progress progress -> this.repository.progress(runId, progress.percent(),
							progress.step(), progress.text(), this.clock.instant());
					case JobOutputLine.Error error -> lastError.set(error.message());
					case JobOutputLine.Other other -> {
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Stopped reading the output of report run {}: {}", runId, ex.toString());
		}
	}

	@Override
	public void destroy() {
		this.live.forEach(Process::destroyForcibly);
	}

	/**
	 * How a process ended.
	 */
	private record Outcome(RunState state, @Nullable Integer exitCode, @Nullable String reason) {
	}

}
