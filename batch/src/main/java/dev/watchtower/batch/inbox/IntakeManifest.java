package dev.watchtower.batch.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The manifest of each run ({@code batch.intake_file}): the files it takes, fixed when it
 * starts, their counts (updated with each chunk, in the chunk's transaction) and the
 * first rejections of each file for its receipt ({@code batch.intake_file_reject}).
 */
@Repository
public class IntakeManifest {

	private final JdbcTemplate jdbc;

	IntakeManifest(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Registers the files of a run. A file whose content was already loaded (by an
	 * earlier run, or earlier in this one) is {@code SEEN}: it is not read again and its
	 * records count as duplicates.
	 * @param runId the run
	 * @param files the ready files, in order
	 * @return how many files are new content
	 */
	public int register(String runId, List<InboxFile> files) {
		Map<String, Integer> inThisRun = new HashMap<>();
		int fresh = 0;
		for (int index = 0; index < files.size(); index++) {
			InboxFile file = files.get(index);
			Integer sameAs = inThisRun.putIfAbsent(file.checksum(), index);
			Long earlier = this.jdbc.queryForObject("""
					select max(records) from batch.intake_file
					where checksum = ? and state in ('DONE', 'MOVED') and failure is null and same_as_index is null
					""", Long.class, file.checksum());
			boolean seen = sameAs != null || earlier != null;
			Sidecar sidecar = file.sidecar();
			this.jdbc.update("""
					insert into batch.intake_file (run_id, file_index, path, checksum, size_bytes, receipt_id,
					  submitted_by, institution_code, submitted_at, state, same_as_index, records, duplicates, failure)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""", runId, index, file.name(), file.checksum(), file.size(),
					(sidecar != null) ? sidecar.receiptId() : null, (sidecar != null) ? sidecar.submittedBy() : null,
					(sidecar != null) ? sidecar.institutionCode() : null,
					(sidecar != null) ? sidecar.submittedAt() : null, seen ? "SEEN" : "PENDING", sameAs,
					(earlier != null && sameAs == null) ? earlier : 0,
					(earlier != null && sameAs == null) ? earlier : 0,
					(file.sidecarProblem() != null) ? "sidecar: " + file.sidecarProblem() : null);
			if (!seen) {
				fresh++;
			}
		}
		return fresh;
	}

	/**
	 * The files of a run, in order.
	 * @param runId the run
	 * @return the files
	 */
	public List<ManifestFile> files(String runId) {
		return this.jdbc.query("select * from batch.intake_file where run_id = ? order by file_index",
				IntakeManifest::file, runId);
	}

	/**
	 * Adds a chunk's counts to a file and, when known, why it could not be read.
	 * @param runId the run
	 * @param index the file
	 * @param counts the chunk's counts for the file
	 * @param failure why the file could not be read at all, or null
	 */
	public void add(String runId, int index, FileCounts counts, @Nullable String failure) {
		this.jdbc.update("""
				update batch.intake_file set records = records + ?, written = written + ?, duplicates = duplicates + ?,
				  rejected = rejected + ?, violations = violations + ?, failure = coalesce(failure, ?)
				where run_id = ? and file_index = ?
				""", counts.records(), counts.written(), counts.duplicates(), counts.rejected(), counts.violations(),
				failure, runId, index);
	}

	/**
	 * Keeps rejections of a file for its receipt, up to a limit per file.
	 * @param runId the run
	 * @param index the file
	 * @param rejects the rejections, in order
	 * @param limit the most kept per file
	 */
	public void keepRejects(String runId, int index, List<ReceiptReject> rejects, int limit) {
		Integer kept = this.jdbc.queryForObject(
				"select count(*) from batch.intake_file_reject where run_id = ? and file_index = ?", Integer.class,
				runId, index);
		int ordinal = (kept != null) ? kept : 0;
		List<ReceiptReject> room = rejects.subList(0, Math.max(0, Math.min(rejects.size(), limit - ordinal)));
		if (room.isEmpty()) {
			return;
		}
		int[] next = { ordinal };
		this.jdbc.batchUpdate("""
				insert into batch.intake_file_reject (run_id, file_index, ordinal, record_index, filing_id, rule, path,
				  message_zh, message_en) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", room, 500, (statement, reject) -> {
			statement.setString(1, runId);
			statement.setInt(2, index);
			statement.setInt(3, next[0]++);
			statement.setLong(4, reject.record());
			statement.setString(5, reject.filingId());
			statement.setString(6, reject.rule());
			statement.setString(7, reject.path());
			statement.setString(8, reject.messageZh());
			statement.setString(9, reject.messageEn());
		});
	}

	/**
	 * The rejections kept for a file.
	 * @param runId the run
	 * @param index the file
	 * @return the rejections
	 */
	public List<ReceiptReject> rejects(String runId, int index) {
		return this.jdbc.query("""
				select record_index, filing_id, rule, path, message_zh, message_en from batch.intake_file_reject
				where run_id = ? and file_index = ? order by ordinal
				""", (row, n) -> new ReceiptReject(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
				row.getString(5), row.getString(6)), runId, index);
	}

	/**
	 * Marks the files read by the intake step as done, and gives files that repeat
	 * content loaded in this run the counts of the original, as duplicates.
	 * @param runId the run
	 */
	public void finishReading(String runId) {
		this.jdbc.update("update batch.intake_file set state = 'DONE' where run_id = ? and state = 'PENDING'", runId);
		this.jdbc.update("""
				update batch.intake_file f set records = o.records, duplicates = o.records
				from batch.intake_file o
				where f.run_id = ? and f.same_as_index is not null and f.records = 0
				  and o.run_id = f.run_id and o.file_index = f.same_as_index
				""", runId);
	}

	/**
	 * Marks a file as moved to its final folder with its receipt.
	 * @param runId the run
	 * @param index the file
	 * @param outcome {@code PROCESSED} or {@code FAILED}
	 */
	public void markMoved(String runId, int index, String outcome) {
		this.jdbc.update(
				"update batch.intake_file set state = 'MOVED', outcome = ? where run_id = ? and file_index = ?",
				outcome, runId, index);
	}

	/**
	 * The run's totals.
	 * @param runId the run
	 * @return files and counts
	 */
	public RunTotals totals(String runId) {
		return this.jdbc.queryForObject("""
				select count(*), coalesce(sum(records), 0), coalesce(sum(written), 0), coalesce(sum(duplicates), 0),
				  coalesce(sum(rejected), 0), coalesce(sum(violations), 0), count(*) filter (where failure is not null)
				from batch.intake_file where run_id = ?
				""",
				(row, n) -> new RunTotals(row.getLong(1),
						new FileCounts(row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6)),
						row.getLong(7)),
				runId);
	}

	private static ManifestFile file(ResultSet row, int n) throws SQLException {
		String receiptId = row.getString("receipt_id");
		String submittedBy = row.getString("submitted_by");
		String institution = row.getString("institution_code");
		String submittedAt = row.getString("submitted_at");
		Sidecar sidecar = (receiptId != null || submittedBy != null || institution != null || submittedAt != null)
				? new Sidecar(receiptId, submittedBy, institution, submittedAt) : null;
		int sameAs = row.getInt("same_as_index");
		return new ManifestFile(row.getString("run_id"), row.getInt("file_index"), row.getString("path"),
				row.getString("checksum"), row.getLong("size_bytes"), sidecar, row.getString("state"),
				row.wasNull() ? null : sameAs, new FileCounts(row.getLong("records"), row.getLong("written"),
						row.getLong("duplicates"), row.getLong("rejected"), row.getLong("violations")),
				row.getString("failure"));
	}

	/**
	 * The totals of a run.
	 *
	 * @param files files in the manifest
	 * @param counts summed counts
	 * @param failedFiles files that could not be read at all
	 */
	public record RunTotals(long files, FileCounts counts, long failedFiles) {
	}

}
