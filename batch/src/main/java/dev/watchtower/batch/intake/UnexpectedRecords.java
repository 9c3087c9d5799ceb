package dev.watchtower.batch.intake;

import java.util.ArrayList;
import java.util.List;

import dev.watchtower.batch.lake.RejectedRecord;
import dev.watchtower.ingestion.intake.RecordOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.step.skip.SkipLimitExceededException;
import org.springframework.batch.core.step.skip.SkipPolicy;

/**
 * Records the intake could not process for a reason of its own: the step's bounded skip
 * policy (only {@link IntakeRecordProcessor.UnexpectedRecordException}, at most the
 * configured number per run) and the listener that keeps each such record, with its
 * payload and the error, for the chunk writer to put into {@code bronze/rejects} (rule
 * {@value #RULE}) in the same chunk. Nothing is dropped unseen.
 */
class UnexpectedRecords implements SkipPolicy, SkipListener<CheckedRecord, IntakeItem> {

	static final String RULE = "intake.unexpected";

	private static final Logger logger = LoggerFactory.getLogger(UnexpectedRecords.class);

	private final long limit;

	private final List<IntakeItem> skipped = new ArrayList<>();

	UnexpectedRecords(long limit) {
		this.limit = limit;
	}

	@Override
	public boolean shouldSkip(Throwable failure, long skipCount) {
		if (!(failure instanceof IntakeRecordProcessor.UnexpectedRecordException)) {
			return false;
		}
		if (skipCount >= this.limit) {
			throw new SkipLimitExceededException(this.limit, failure);
		}
		return true;
	}

	@Override
	public void onSkipInProcess(CheckedRecord checked, Throwable failure) {
		IntakeRecord record = checked.record();
		logger.error("Record {} of {} could not be processed; kept in bronze/rejects as {}", record.ordinal(),
				record.file().name(), RULE, failure);
		String error = String.valueOf(failure.getCause());
		RejectedRecord.Problem problem = new RejectedRecord.Problem("", RULE, "系统处理该记录时出错（" + error + "），记录已留存待核查",
				"The intake could not process this record (" + error + "); it is kept for review", null);
		String payload = switch (record.outcome()) {
			case RecordOutcome.Accepted accepted -> accepted.payload();
			case RecordOutcome.Rejected rejected -> rejected.payload();
		};
		String filingId = switch (record.outcome()) {
			case RecordOutcome.Accepted accepted -> accepted.filing().header().filingId();
			case RecordOutcome.Rejected rejected -> rejected.filingId();
		};
		this.skipped.add(new IntakeItem.Refused(record,
				new RejectedRecord(IntakeRecordProcessor.source(record.file(), record.outcome().location()), filingId,
						null, List.of(problem), payload)));
	}

	/**
	 * Hands over the records skipped since the last call.
	 * @return them
	 */
	List<IntakeItem> drain() {
		List<IntakeItem> drained = List.copyOf(this.skipped);
		this.skipped.clear();
		return drained;
	}

}
