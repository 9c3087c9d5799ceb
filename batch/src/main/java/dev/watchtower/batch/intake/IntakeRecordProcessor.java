package dev.watchtower.batch.intake;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.watchtower.batch.inbox.ManifestFile;
import dev.watchtower.batch.inbox.Sidecar;
import dev.watchtower.batch.lake.DatedAnnualReport;
import dev.watchtower.batch.lake.GradedReport;
import dev.watchtower.batch.lake.ReceivedFiling;
import dev.watchtower.batch.lake.RecordSource;
import dev.watchtower.batch.lake.RejectedRecord;
import dev.watchtower.ingestion.annualreport.AnnualReport;
import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.deadline.Deadline;
import dev.watchtower.ingestion.deadline.DeadlineEngine;
import dev.watchtower.ingestion.filing.Filing;
import dev.watchtower.ingestion.grading.GradingEngine;
import dev.watchtower.ingestion.grading.RegimeGrade;
import dev.watchtower.ingestion.incident.IncidentReport;
import dev.watchtower.ingestion.intake.FilingKind;
import dev.watchtower.ingestion.intake.ReceivedText;
import dev.watchtower.ingestion.intake.RecordOutcome;
import dev.watchtower.ingestion.validation.Finding;
import dev.watchtower.ingestion.validation.RecordLocation;
import dev.watchtower.ingestion.validation.Rule;
import dev.watchtower.ingestion.validation.Violation;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns a checked record into what the lake needs: for an accepted filing its checksum,
 * and the grading and deadlines (incident reports) or due time (annual reports) from the
 * rulebook; for a rejected one its rejects row. A filing for another institution than its
 * submission's sidecar names is refused ({@code filing.institution-mismatch}). Anything
 * unexpected is raised as {@link UnexpectedRecordException}, which the step skips
 * (bounded) and records as a reject.
 */
class IntakeRecordProcessor implements ItemProcessor<CheckedRecord, IntakeItem> {

	private final GradingEngine grading;

	private final DeadlineEngine deadlines;

	IntakeRecordProcessor(GradingEngine grading, DeadlineEngine deadlines) {
		this.grading = grading;
		this.deadlines = deadlines;
	}

	/**
	 * Turns a record into what the lake needs, on the thread that reads ahead of the step
	 * ({@link RunFeed}); a failure is kept, not thrown, for {@link #process} to raise.
	 * Called by one thread at a time.
	 * @param record the checked record
	 * @return the item, or the failure
	 */
	CheckedRecord prepare(IntakeRecord record) {
		try {
			IntakeItem item = switch (record.outcome()) {
				case RecordOutcome.Accepted accepted -> accepted(record, accepted);
				case RecordOutcome.Rejected rejected -> refused(record, rejected);
			};
			return new CheckedRecord(item.record(), item, null);
		}
		catch (RuntimeException ex) {
			return new CheckedRecord(record, null, new UnexpectedRecordException(record, ex));
		}
	}

	/**
	 * The item prepared ahead, on the step's thread.
	 * @param checked the prepared record
	 * @return its item
	 * @throws UnexpectedRecordException when preparing it failed: the step skips it
	 */
	@Override
	public IntakeItem process(CheckedRecord checked) {
		if (checked.failure() != null) {
			throw checked.failure();
		}
		return Objects.requireNonNull(checked.item());
	}

	private IntakeItem accepted(IntakeRecord record, RecordOutcome.Accepted accepted) {
		Filing filing = accepted.filing();
		String code = filing.header().institution().code().value();
		Sidecar sidecar = record.file().sidecar();
		if (sidecar != null && sidecar.institutionCode() != null && !sidecar.institutionCode().equals(code)) {
			Finding finding = Finding.of(Rule.FILING_INSTITUTION_MISMATCH, "institution.code",
					filing.header().filingId(), code, sidecar.institutionCode());
			Violation violation = Violation.of(accepted.location(), filing.header().filingId(), code, finding);
			return refused(record, new RecordOutcome.Rejected(accepted.location(), filing.header().filingId(),
					List.of(violation), accepted.payload()));
		}
		RecordSource source = source(record.file(), accepted.location());
		ReceivedText received = accepted.received(); // decoded on each call: once here
		// from here on the record answers with that text, and the bytes it was decoded
		// from are let go while the item waits for its chunk
		IntakeRecord kept = new IntakeRecord(record.file(), record.ordinal(),
				new RecordOutcome.Accepted(accepted.location(), filing, () -> received));
		return switch (filing) {
			case IncidentReport report ->
				new IntakeItem.Filed(kept, new ReceivedFiling(filing, FilingKind.INCIDENT_REPORT.name(),
						received.text(), received.checksum(), source), graded(report, record.file().name()), null);
			case AnnualReport report ->
				new IntakeItem.Filed(kept, new ReceivedFiling(filing, FilingKind.ANNUAL_REPORT.name(), received.text(),
						received.checksum(), source), null, dated(report, record.file().name()));
			default -> throw new IllegalStateException("Unknown filing type " + filing.getClass());
		};
	}

	private GradedReport graded(IncidentReport report, String sourceFile) {
		List<RegimeGrade> grades = this.grading.grade(report);
		IncidentLevel computed = grades.stream()
			.map(RegimeGrade::required)
			.filter(Objects::nonNull)
			.max(Comparator.comparingInt(IncidentLevel::severity))
			.orElse(null);
		IncidentLevel selfAssessed = report.facts().selfAssessedLevel();
		IncidentLevel applied = (computed != null && computed.severity() > selfAssessed.severity()) ? computed
				: selfAssessed;
		return new GradedReport(report, grades, computed, this.deadlines.deadlines(report, applied), sourceFile);
	}

	private DatedAnnualReport dated(AnnualReport report, String sourceFile) {
		OffsetDateTime due = this.deadlines.annualReport(report.regime(), report.year())
			.map(Deadline::due)
			.orElse(null);
		return new DatedAnnualReport(report, due, sourceFile);
	}

	static IntakeItem.Refused refused(IntakeRecord record, RecordOutcome.Rejected rejected) {
		List<RejectedRecord.Problem> problems = rejected.violations()
			.stream()
			.map((violation) -> new RejectedRecord.Problem(violation.path(), violation.rule().id(),
					violation.messageZh(), violation.messageEn(), violation.value()))
			.toList();
		String institution = rejected.violations()
			.stream()
			.map(Violation::institutionCode)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		return new IntakeItem.Refused(record, new RejectedRecord(source(record.file(), rejected.location()),
				rejected.filingId(), institution, problems, rejected.payload()));
	}

	static RecordSource source(ManifestFile file, RecordLocation location) {
		return new RecordSource(file.name(), file.checksum(), location.kind().name(), location.index());
	}

	/**
	 * A record the intake could not process for a reason of its own (a defect, not a rule
	 * the filing breaks).
	 */
	static final class UnexpectedRecordException extends RuntimeException {

		private final transient IntakeRecord record;

		UnexpectedRecordException(IntakeRecord record, Throwable cause) {
			super("Cannot process record " + record.ordinal() + " of " + record.file().name() + ": " + cause, cause);
			this.record = record;
		}

		IntakeRecord record() {
			return this.record;
		}

	}

}
