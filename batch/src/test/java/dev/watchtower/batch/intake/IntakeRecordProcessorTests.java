package dev.watchtower.batch.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.watchtower.batch.inbox.FileCounts;
import dev.watchtower.batch.inbox.ManifestFile;
import dev.watchtower.ingestion.deadline.DeadlineEngine;
import dev.watchtower.ingestion.deadline.WorkingDayCalendar;
import dev.watchtower.ingestion.digest.Sha256;
import dev.watchtower.ingestion.grading.GradingEngine;
import dev.watchtower.ingestion.incident.IncidentReport;
import dev.watchtower.ingestion.intake.FilingIntake;
import dev.watchtower.ingestion.intake.IntakeLimits;
import dev.watchtower.ingestion.intake.RecordOutcome;
import dev.watchtower.ingestion.rulebook.Rulebook;
import dev.watchtower.ingestion.sample.SampleGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Records are prepared for the lake on the reading thread, ahead of the step
 * ({@link IntakeRecordProcessor#prepare}); the step's processor hands the prepared item
 * on, or raises what preparing met, so that the step skips the record and keeps it in
 * {@code bronze/rejects} as before.
 */
class IntakeRecordProcessorTests {

	@TempDir
	static Path folder;

	private static RecordOutcome.Accepted incident;

	private static final ManifestFile FILE = new ManifestFile("7", 0, "reports.ndjson", "c0ffee", 1, null, "PENDING",
			null, FileCounts.NONE, null);

	private final IntakeRecordProcessor processor = new IntakeRecordProcessor(new GradingEngine(Rulebook.bundled()),
			new DeadlineEngine(Rulebook.bundled(), WorkingDayCalendar.china()));

	@BeforeAll
	static void sampleFiling() throws Exception {
		Path file = folder.resolve("reports.ndjson");
		new SampleGenerator().writeNdjson(file, 20_000, 42);
		List<RecordOutcome> outcomes = new ArrayList<>();
		new FilingIntake(IntakeLimits.defaults(), 1).checkFile(file, "reports.ndjson", outcomes::add);
		incident = outcomes.stream()
			.filter(RecordOutcome.Accepted.class::isInstance)
			.map(RecordOutcome.Accepted.class::cast)
			.filter((accepted) -> accepted.filing() instanceof IncidentReport)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void a_record_is_prepared_ahead_and_handed_on_by_the_step() {
		IntakeRecord record = new IntakeRecord(FILE, 3, incident);

		CheckedRecord checked = this.processor.prepare(record);

		assertThat(checked.failure()).isNull();
		IntakeItem.Filed filed = (IntakeItem.Filed) checked.item();
		// the same record, answering with the text decoded once (its bytes let go)
		assertThat(checked.record()).isSameAs(filed.record());
		assertThat(filed.record().file()).isSameAs(FILE);
		assertThat(filed.record().ordinal()).isEqualTo(3);
		RecordOutcome.Accepted kept = (RecordOutcome.Accepted) filed.record().outcome();
		assertThat(kept.filing()).isSameAs(incident.filing());
		assertThat(kept.location()).isEqualTo(incident.location());
		assertThat(kept.received()).isSameAs(kept.received());
		assertThat(kept.payload()).isEqualTo(incident.payload());
		assertThat(incident.received()).isNotSameAs(incident.received());
		assertThat(filed.received().payload()).isEqualTo(incident.payload());
		assertThat(filed.received().checksum()).isEqualTo(Sha256.hex(incident.payload()));
		assertThat(filed.incident()).isNotNull();
		assertThat(filed.incident().grades()).isNotEmpty();
		assertThat(this.processor.process(checked)).isSameAs(filed);
	}

	@Test
	void what_preparing_meets_is_kept_for_the_step_which_skips_the_record_into_the_rejects() {
		// given: a record whose text cannot be produced once (a defect of the intake's
		// own, not a rule the filing breaks)
		AtomicBoolean failed = new AtomicBoolean();
		RecordOutcome.Accepted flaky = new RecordOutcome.Accepted(incident.location(), incident.filing(), () -> {
			if (failed.compareAndSet(false, true)) {
				throw new IllegalStateException("text not available");
			}
			return incident.received();
		});
		IntakeRecord record = new IntakeRecord(FILE, 5, flaky);

		// when: prepared on the reading thread, it does not throw there
		CheckedRecord checked = this.processor.prepare(record);

		// then: the step's processor raises it, the skip policy skips it and the listener
		// keeps the record as a reject with its payload
		assertThat(checked.item()).isNull();
		assertThatExceptionOfType(IntakeRecordProcessor.UnexpectedRecordException.class)
			.isThrownBy(() -> this.processor.process(checked))
			.satisfies((ex) -> assertThat(ex.record()).isSameAs(record))
			.withMessageContaining("record 5 of reports.ndjson")
			.withMessageContaining("text not available");
		UnexpectedRecords unexpected = new UnexpectedRecords(1);
		assertThat(unexpected.shouldSkip(checked.failure(), 0)).isTrue();
		unexpected.onSkipInProcess(checked, checked.failure());
		assertThat(unexpected.drain()).singleElement().satisfies((item) -> {
			IntakeItem.Refused refused = (IntakeItem.Refused) item;
			assertThat(refused.record()).isSameAs(record);
			assertThat(refused.rejected().violations()).extracting("rule").containsExactly(UnexpectedRecords.RULE);
			assertThat(refused.rejected().payload()).isEqualTo(incident.payload());
		});
	}

}
