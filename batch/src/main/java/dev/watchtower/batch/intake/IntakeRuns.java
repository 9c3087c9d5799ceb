package dev.watchtower.batch.intake;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import dev.watchtower.batch.inbox.FileCounts;
import dev.watchtower.batch.inbox.InboxSurvey;
import dev.watchtower.batch.inbox.IntakeManifest;
import dev.watchtower.batch.lake.Lake;
import dev.watchtower.batch.lake.LakeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Runs the intake: under the intake lock, first restarts a run that did not finish (a
 * crash, a kill), from where it stopped, then starts a new run when the inbox has ready
 * files. The one entry point of the command line, the poller and tests.
 */
@Service
public class IntakeRuns {

	private static final Logger logger = LoggerFactory.getLogger(IntakeRuns.class);

	private final JobOperator operator;

	private final JobRepository repository;

	private final Job job;

	private final DataSource dataSource;

	private final InboxSurvey survey;

	private final IntakeManifest manifest;

	private final IntakeSettings settings;

	private final Clock clock;

	private final Lake lake;

	private final LakeSettings lakeSettings;

	IntakeRuns(JobOperator operator, JobRepository repository, Job filingIntakeJob, DataSource dataSource,
			InboxSurvey survey, IntakeManifest manifest, IntakeSettings settings, Clock clock, Lake lake,
			LakeSettings lakeSettings) {
		this.operator = operator;
		this.repository = repository;
		this.job = filingIntakeJob;
		this.dataSource = dataSource;
		this.survey = survey;
		this.manifest = manifest;
		this.settings = settings;
		this.clock = clock;
		this.lake = lake;
		this.lakeSettings = lakeSettings;
	}

	/**
	 * Finishes an interrupted run, then loads what is ready in an inbox.
	 * @param inbox the inbox folder
	 * @param settle how long files must be unchanged to be taken
	 * @return what was done
	 */
	public IntakeReport runOnce(Path inbox, Duration settle) {
		long started = System.nanoTime();
		Optional<IntakeLock> lock;
		try {
			lock = IntakeLock.tryAcquire(this.dataSource);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot take the intake lock", ex);
		}
		if (lock.isEmpty()) {
			logger.info("Another intake is running; not starting one");
			return report(List.of(), started, IntakeReport.Outcome.BUSY);
		}
		try (IntakeLock held = lock.get()) {
			List<JobExecution> executions = new ArrayList<>();
			this.lake.createTables();
			Optional<JobExecution> resumed = resumeUnfinished();
			resumed.ifPresent(executions::add);
			if (resumed.map((execution) -> execution.getStatus() != BatchStatus.COMPLETED).orElse(false)) {
				return report(executions, started, IntakeReport.Outcome.FAILED);
			}
			if (this.survey.hasReadyFiles(inbox, settle, this.clock.instant())) {
				IntakeRunParameters parameters = new IntakeRunParameters(inbox, this.lakeSettings.uri(),
						this.clock.instant(), this.settings.chunkSize(), settle);
				executions.add(this.operator.start(this.job, parameters.toJobParameters()));
			}
			if (executions.isEmpty()) {
				return report(executions, started, IntakeReport.Outcome.IDLE);
			}
			boolean completed = executions.stream().allMatch((e) -> e.getStatus() == BatchStatus.COMPLETED);
			return report(executions, started,
					completed ? IntakeReport.Outcome.COMPLETED : IntakeReport.Outcome.FAILED);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The intake could not run: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Restarts the last run if it did not complete. Holding the lock, a run still marked
	 * as running was left by a process that died: it is recovered (marked failed) first.
	 */
	private Optional<JobExecution> resumeUnfinished() throws Exception {
		JobInstance last = this.repository.getLastJobInstance(FilingIntakeJobConfiguration.JOB_NAME);
		if (last == null) {
			return Optional.empty();
		}
		JobExecution execution = this.repository.getLastJobExecution(last);
		if (execution == null || execution.getStatus() == BatchStatus.COMPLETED
				|| execution.getStatus() == BatchStatus.ABANDONED) {
			return Optional.empty();
		}
		String lakeOfRun = execution.getJobParameters().getString("lake");
		if (!this.lakeSettings.uri().equals(lakeOfRun)) {
			logger.warn("Run {} writes lake {}, not {}: left for a process configured with that lake",
					last.getInstanceId(), lakeOfRun, this.lakeSettings.uri());
			return Optional.empty();
		}
		if (execution.getStatus().isRunning()) {
			logger.warn("Run {} was left running by a process that ended; recovering it", last.getInstanceId());
			execution = this.operator.recover(execution);
		}
		logger.info("Restarting run {} where it stopped", last.getInstanceId());
		return Optional.of(this.operator.restart(execution));
	}

	private IntakeReport report(List<JobExecution> executions, long started, IntakeReport.Outcome outcome) {
		List<String> runIds = executions.stream().map(IntakeRunParameters::runId).distinct().toList();
		long files = 0;
		long failed = 0;
		FileCounts counts = FileCounts.NONE;
		for (String runId : runIds) {
			IntakeManifest.RunTotals totals = this.manifest.totals(runId);
			files += totals.files();
			failed += totals.failedFiles();
			counts = counts.plus(totals.counts());
		}
		return new IntakeReport(runIds, files, counts, failed, (System.nanoTime() - started) / 1e9, outcome);
	}

}
