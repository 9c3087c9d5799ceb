package dev.watchtower.batch.intake;

import java.time.Clock;
import java.time.Instant;

import dev.watchtower.batch.inbox.InboxSurvey;
import dev.watchtower.batch.inbox.IntakeManifest;
import dev.watchtower.batch.inbox.ManifestFile;
import dev.watchtower.batch.inbox.Receipts;
import dev.watchtower.batch.lake.Lake;
import dev.watchtower.batch.ledger.FilingLedger;
import dev.watchtower.batch.ledger.InstitutionRegister;
import dev.watchtower.ingestion.deadline.DeadlineEngine;
import dev.watchtower.ingestion.deadline.WorkingDayCalendar;
import dev.watchtower.ingestion.grading.GradingEngine;
import dev.watchtower.ingestion.intake.FilingIntake;
import dev.watchtower.ingestion.intake.IntakeLimits;
import dev.watchtower.ingestion.rulebook.Rulebook;
import org.slf4j.MDC;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The filing intake job {@code filingIntakeJob}: survey the inbox into the run's
 * manifest, load the records chunk by chunk, write receipts and move the files, compact
 * the tables.
 */
@Configuration(proxyBeanMethods = false)
class FilingIntakeJobConfiguration {

	static final String JOB_NAME = "filingIntakeJob";

	@Bean
	Job filingIntakeJob(JobRepository repository, Step intakeSurveyStep, Step filingIntakeStep, Step intakeReceiptsStep,
			Step lakeCompactionStep) {
		return new JobBuilder(JOB_NAME, repository).start(intakeSurveyStep)
			.next(filingIntakeStep)
			.next(intakeReceiptsStep)
			.next(lakeCompactionStep)
			.listener(new JobExecutionListener() {
				@Override
				public void beforeJob(JobExecution execution) {
					MDC.put("runId", IntakeRunParameters.runId(execution));
				}

				@Override
				public void afterJob(JobExecution execution) {
					MDC.remove("runId");
				}
			})
			.build();
	}

	@Bean
	Step intakeSurveyStep(JobRepository repository, PlatformTransactionManager transactions, InboxSurvey survey,
			IntakeManifest manifest, Clock clock) {
		return new StepBuilder("intakeSurveyStep", repository).tasklet((contribution, context) -> {
			JobExecution execution = context.getStepContext().getStepExecution().getJobExecution();
			IntakeRunParameters run = IntakeRunParameters.of(execution.getJobParameters());
			manifest.register(IntakeRunParameters.runId(execution),
					survey.readyFiles(run.inbox(), run.settle(), clock.instant()));
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	@Bean
	@JobScope
	Step filingIntakeStep(JobRepository repository, PlatformTransactionManager transactions, IntakeManifest manifest,
			FilingLedger ledger, InstitutionRegister institutions, Lake lake, IntakeSettings settings,
			IntakeProgress progress, @Value("#{jobExecution}") JobExecution execution) {
		IntakeRunParameters run = IntakeRunParameters.of(execution.getJobParameters());
		String runId = IntakeRunParameters.runId(execution);
		FilingIntake intake = new FilingIntake(IntakeLimits.defaults(), settings.workers());
		Rulebook rulebook = Rulebook.bundled();
		UnexpectedRecords unexpected = new UnexpectedRecords(settings.skipLimit());
		IntakeRecordProcessor processor = new IntakeRecordProcessor(new GradingEngine(rulebook),
				new DeadlineEngine(rulebook, WorkingDayCalendar.china()));
		return new StepBuilder("filingIntakeStep", repository).<CheckedRecord, IntakeItem>chunk(run.chunkSize())
			.transactionManager(transactions)
			.reader(new InboxRecordReader(manifest.files(runId), intake, run.inbox(), progress, runId,
					Math.min(run.chunkSize(), settings.readAhead()), processor))
			.processor(processor)
			.writer(new LakeChunkWriter(new LakeChunkWriter.ChunkStores(lake, ledger, manifest, institutions),
					unexpected, IntakeRunParameters.stamp(execution), settings.receiptRejects(), progress))
			.faultTolerant()
			.skipPolicy(unexpected)
			.skipListener(unexpected)
			.build();
	}

	@Bean
	Step intakeReceiptsStep(JobRepository repository, PlatformTransactionManager transactions, IntakeManifest manifest,
			Receipts receipts, InstitutionRegister institutions, Lake lake, IntakeSettings settings, Clock clock) {
		return new StepBuilder("intakeReceiptsStep", repository).tasklet((contribution, context) -> {
			JobExecution execution = context.getStepContext().getStepExecution().getJobExecution();
			IntakeRunParameters run = IntakeRunParameters.of(execution.getJobParameters());
			String runId = IntakeRunParameters.runId(execution);
			manifest.finishReading(runId);
			Instant now = clock.instant();
			for (ManifestFile file : manifest.files(runId)) {
				if (!"MOVED".equals(file.state())) {
					receipts.finish(file, manifest.rejects(runId, file.index()), run.inbox(), settings.archive(),
							run.started(), now);
					manifest.markMoved(runId, file.index(), file.failed() ? "FAILED" : "PROCESSED");
				}
			}
			lake.replaceInstitutions(LakeChunkWriter.runKey(runId), 1, institutions.all());
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

	@Bean
	Step lakeCompactionStep(JobRepository repository, PlatformTransactionManager transactions, Lake lake) {
		return new StepBuilder("lakeCompactionStep", repository).tasklet((contribution, context) -> {
			lake.compact();
			return RepeatStatus.FINISHED;
		}, transactions).build();
	}

}
