package dev.watchtower.batch.ledger;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;

import dev.watchtower.batch.lake.InstitutionRow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The register of institutions that have filed ({@code batch.institution}), merged chunk
 * by chunk in the chunk's transaction: the earliest and latest filing times, and name,
 * sector and province from the latest filing.
 */
@Repository
public class InstitutionRegister {

	private final JdbcTemplate jdbc;

	InstitutionRegister(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Merges what a chunk saw of some institutions.
	 * @param rows one row per institution
	 */
	public void merge(Collection<InstitutionRow> rows) {
		this.jdbc.batchUpdate(
				"""
						insert into batch.institution as i (institution_code, institution_name, sector, province, first_filed_at,
						  last_filed_at, updated_at)
						values (?, ?, ?, ?, ?, ?, ?)
						on conflict (institution_code) do update set
						  institution_name = case when excluded.last_filed_at >= i.last_filed_at
						    then excluded.institution_name else i.institution_name end,
						  sector = case when excluded.last_filed_at >= i.last_filed_at then excluded.sector else i.sector end,
						  province = case when excluded.last_filed_at >= i.last_filed_at then excluded.province else i.province end,
						  first_filed_at = least(i.first_filed_at, excluded.first_filed_at),
						  last_filed_at = greatest(i.last_filed_at, excluded.last_filed_at),
						  updated_at = excluded.updated_at
						""",
				List.copyOf(rows), 1000, (statement, row) -> {
					statement.setString(1, row.code());
					statement.setString(2, row.name());
					statement.setString(3, row.sector());
					statement.setString(4, row.province());
					statement.setTimestamp(5, Timestamp.from(row.firstFiledAt()));
					statement.setTimestamp(6, Timestamp.from(row.lastFiledAt()));
					statement.setTimestamp(7, Timestamp.from(row.updatedAt()));
				});
	}

	/**
	 * Every institution.
	 * @return the register
	 */
	public List<InstitutionRow> all() {
		return this.jdbc.query("""
				select institution_code, institution_name, sector, province, first_filed_at, last_filed_at, updated_at
				from batch.institution order by institution_code
				""",
				(row, n) -> new InstitutionRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
						row.getTimestamp(5).toInstant(), row.getTimestamp(6).toInstant(),
						row.getTimestamp(7).toInstant()));
	}

}
