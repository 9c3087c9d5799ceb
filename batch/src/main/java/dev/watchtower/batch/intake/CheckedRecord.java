package dev.watchtower.batch.intake;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A record as the step reads it: checked by {@code ingestion} and already turned into
 * what the lake needs ({@link IntakeRecordProcessor#prepare}) on the reading thread,
 * ahead of the step; or the failure that turning it met, which the step's processor
 * raises so that the step skips it as before.
 *
 * @param record the record
 * @param item what the lake needs, unless it failed
 * @param failure why it could not be processed, or null
 */
record CheckedRecord(IntakeRecord record, @Nullable IntakeItem item,
		IntakeRecordProcessor.@Nullable UnexpectedRecordException failure) {

	CheckedRecord {
		Objects.requireNonNull(record, "record");
		if ((item == null) == (failure == null)) {
			throw new IllegalArgumentException("Either an item or a failure: " + record);
		}
	}

}
