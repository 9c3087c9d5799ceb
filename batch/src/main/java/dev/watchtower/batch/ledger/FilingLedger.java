package dev.watchtower.batch.ledger;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The ledger table {@code batch.filing_ledger}: one row per (institution, filing id,
 * version) the lake holds. Runs inside the caller's transaction (the chunk's).
 */
@Repository
public class FilingLedger {

	private final JdbcTemplate jdbc;

	FilingLedger(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The versions received so far of some filings.
	 * @param keys the filings
	 * @return their entries, by filing (filings never received are absent)
	 */
	public Map<FilingKey, List<LedgerEntry>> lookUp(Collection<FilingKey> keys) {
		Map<FilingKey, List<LedgerEntry>> found = new HashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		String[] codes = keys.stream().map(FilingKey::institutionCode).toArray(String[]::new);
		String[] ids = keys.stream().map(FilingKey::filingId).toArray(String[]::new);
		this.jdbc.query("""
				select l.institution_code, l.filing_id, l.version, l.kind, l.checksum, l.silver_partition, l.run_id,
				       l.received_at
				from batch.filing_ledger l
				join unnest(?::text[], ?::text[]) as k(institution_code, filing_id)
				  on l.institution_code = k.institution_code and l.filing_id = k.filing_id
				""", (row) -> {
			FilingKey key = new FilingKey(row.getString(1), row.getString(2));
			found.computeIfAbsent(key, (any) -> new ArrayList<>())
				.add(new LedgerEntry(key, row.getInt(3), row.getString(4), row.getString(5), row.getString(6),
						row.getString(7), row.getTimestamp(8).toInstant()));
		}, codes, ids);
		return found;
	}

	/**
	 * Records versions now in the lake.
	 * @param entries the entries
	 */
	public void record(List<LedgerEntry> entries) {
		this.jdbc.batchUpdate("""
				insert into batch.filing_ledger
				  (institution_code, filing_id, version, kind, checksum, silver_partition, run_id, received_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""", entries, 1000, (statement, entry) -> {
			statement.setString(1, entry.key().institutionCode());
			statement.setString(2, entry.key().filingId());
			statement.setInt(3, entry.version());
			statement.setString(4, entry.kind());
			statement.setString(5, entry.checksum());
			statement.setString(6, entry.partition());
			statement.setString(7, entry.runId());
			statement.setTimestamp(8, Timestamp.from(entry.receivedAt()));
		});
	}

	/**
	 * Counts the versions held.
	 * @return the count
	 */
	public long size() {
		Long count = this.jdbc.queryForObject("select count(*) from batch.filing_ledger", Long.class);
		return (count != null) ? count : 0;
	}

}
