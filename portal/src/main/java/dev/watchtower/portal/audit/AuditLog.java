package dev.watchtower.portal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import dev.watchtower.portal.base.AuditOutcome;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the audit log for the administrators' view. There is deliberately no method that
 * changes or deletes rows: rows are appended by {@link AuditTrail} and removed only by
 * the retention function in the database.
 */
@Service
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of matching rows, newest first.
	 * @param query the filters
	 * @param offset rows to skip
	 * @param limit rows to return at most
	 * @return the rows
	 */
	public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
		Where where = Where.of(query);
		return this.jdbc.sql("""
				select id, occurred_at, actor, action, object_type, object_id, outcome, details::text as details,
				       client_address, correlation_id
				from audit_log %s
				order by occurred_at desc, id desc
				offset ? limit ?
				""".formatted(where.sql())).params(where.paramsWith(offset, limit)).query(AuditLog::entry).list();
	}

	/**
	 * How many rows match.
	 * @param query the filters
	 * @return the count
	 */
	public long count(AuditQuery query) {
		Where where = Where.of(query);
		return this.jdbc.sql("select count(*) from audit_log " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	private static AuditEntry entry(ResultSet row, int number) throws SQLException {
		return new AuditEntry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(), row.getString("actor"),
				row.getString("action"), row.getString("object_type"), row.getString("object_id"),
				AuditOutcome.valueOf(row.getString("outcome")), row.getString("details"),
				row.getString("client_address"), row.getString("correlation_id"));
	}

	/**
	 * The WHERE clause of a query with its positional parameters.
	 */
	private record Where(String sql, List<Object> params) {

		static Where of(AuditQuery query) {
			List<String> conditions = new ArrayList<>();
			List<Object> params = new ArrayList<>();
			add(conditions, params, "actor = ?", query.actor());
			if (present(query.action())) {
				conditions.add("action like ?");
				params.add(query.action().replace("%", "\\%").replace("_", "\\_") + "%");
			}
			add(conditions, params, "object_type = ?", query.objectType());
			add(conditions, params, "object_id = ?", query.objectId());
			if (query.outcome() != null) {
				conditions.add("outcome = ?");
				params.add(query.outcome().name());
			}
			if (query.from() != null) {
				conditions.add("occurred_at >= ?");
				params.add(Timestamp.from(query.from()));
			}
			if (query.to() != null) {
				conditions.add("occurred_at < ?");
				params.add(Timestamp.from(query.to()));
			}
			return new Where(conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions), params);
		}

		List<Object> paramsWith(Object... more) {
			List<Object> all = new ArrayList<>(this.params);
			all.addAll(List.of(more));
			return all;
		}

		private static void add(List<String> conditions, List<Object> params, String condition,
				@Nullable String value) {
			if (present(value)) {
				conditions.add(condition);
				params.add(value.trim());
			}
		}

		private static boolean present(@Nullable String value) {
			return value != null && !value.isBlank();
		}

	}

}
