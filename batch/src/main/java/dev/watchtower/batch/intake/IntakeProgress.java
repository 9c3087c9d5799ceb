package dev.watchtower.batch.intake;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where the intake step of a run stands ({@code batch.intake_progress}): the reader's
 * position and the writer's chunk sequence, saved only inside a chunk's transaction, so
 * they always match the ledger and the Delta transaction versions. Read when the step
 * opens; the authority over the step execution context (see {@code V3__intake_progress}).
 */
@Repository
class IntakeProgress {

	private final JdbcTemplate jdbc;

	IntakeProgress(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Position> position(String runId) {
		List<Position> found = this.jdbc.query(
				"select file_position, record_ordinal, chunk_sequence from batch.intake_progress where run_id = ?",
				(row, n) -> new Position(row.getInt(1), row.getLong(2), row.getLong(3)), runId);
		return found.stream().findFirst();
	}

	/**
	 * Saves the reader position, when called inside a transaction (a chunk's).
	 */
	void saveReader(String runId, int filePosition, long recordOrdinal) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return;
		}
		this.jdbc.update("""
				insert into batch.intake_progress (run_id, file_position, record_ordinal, chunk_sequence)
				values (?, ?, ?, 0)
				on conflict (run_id) do update set file_position = excluded.file_position,
				  record_ordinal = excluded.record_ordinal
				""", runId, filePosition, recordOrdinal);
	}

	/**
	 * Saves the chunk sequence, when called inside a transaction (a chunk's).
	 */
	void saveSequence(String runId, long sequence) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return;
		}
		this.jdbc.update("""
				insert into batch.intake_progress (run_id, file_position, record_ordinal, chunk_sequence)
				values (?, 0, 0, ?)
				on conflict (run_id) do update set chunk_sequence = excluded.chunk_sequence
				""", runId, sequence);
	}

	/**
	 * A saved position.
	 *
	 * @param filePosition index into the run's files to read
	 * @param recordOrdinal records of that file already read
	 * @param chunkSequence the last committed chunk's sequence
	 */
	record Position(int filePosition, long recordOrdinal, long chunkSequence) {
	}

}
