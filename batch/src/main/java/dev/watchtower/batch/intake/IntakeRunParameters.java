package dev.watchtower.batch.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import dev.watchtower.batch.lake.RunStamp;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one intake run (job parameters {@code inbox}, {@code lake},
 * {@code run.started}, {@code chunk.size}, identifying, and {@code settle.millis}). A
 * restart reuses them, so the run keeps its chunk boundaries, its receive time, its lake
 * and its id.
 *
 * @param inbox the inbox folder
 * @param lake the lake it writes
 * @param started when the run started; the {@code received_at} of its rows
 * @param chunkSize records per chunk
 * @param settle how long files must be unchanged to be taken
 */
record IntakeRunParameters(Path inbox, String lake, Instant started, int chunkSize, Duration settle) {

	IntakeRunParameters {
		Objects.requireNonNull(inbox, "inbox");
		Objects.requireNonNull(lake, "lake");
		Objects.requireNonNull(started, "started");
		Objects.requireNonNull(settle, "settle");
	}

	JobParameters toJobParameters() {
		return new JobParametersBuilder().addString("inbox", this.inbox.toAbsolutePath().normalize().toString())
			.addString("lake", this.lake)
			.addString("run.started", this.started.toString())
			.addLong("chunk.size", (long) this.chunkSize)
			.addLong("settle.millis", this.settle.toMillis(), false)
			.toJobParameters();
	}

	static IntakeRunParameters of(JobParameters parameters) {
		return new IntakeRunParameters(Path.of(Objects.requireNonNull(parameters.getString("inbox"), "inbox")),
				Objects.requireNonNull(parameters.getString("lake"), "lake"),
				Instant.parse(Objects.requireNonNull(parameters.getString("run.started"), "run.started")),
				Math.toIntExact(Objects.requireNonNull(parameters.getLong("chunk.size"), "chunk.size")),
				Duration.ofMillis(Objects.requireNonNull(parameters.getLong("settle.millis"), "settle.millis")));
	}

	static String runId(JobExecution execution) {
		return String.valueOf(execution.getJobInstance().getInstanceId());
	}

	static RunStamp stamp(JobExecution execution) {
		return new RunStamp(runId(execution), of(execution.getJobParameters()).started());
	}

}
