package dev.watchtower.batch.intake;

import java.util.Objects;

import dev.watchtower.batch.inbox.ManifestFile;
import dev.watchtower.ingestion.intake.RecordOutcome;

/**
 * One record as read from a file of the run, already checked by {@code ingestion}.
 *
 * @param file the file
 * @param ordinal its position among the file's outcomes, from 1
 * @param outcome accepted or rejected
 */
record IntakeRecord(ManifestFile file, long ordinal, RecordOutcome outcome) {

	IntakeRecord {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(outcome, "outcome");
	}

}
