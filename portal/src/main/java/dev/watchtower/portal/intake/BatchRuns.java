package dev.watchtower.portal.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the batch intake's job executions and their step counts from Spring Batch's job
 * repository (schema {@code batch}, owned by the {@code batch} module), read-only. While
 * the batch module has never run there is no such schema, and no runs.
 */
@Service
public class BatchRuns {

	private final JdbcClient jdbc;

	private final IntakeSettings settings;

	BatchRuns(JdbcClient jdbc, IntakeSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * Whether the job repository exists.
	 * @return {@code true} once the batch module created its tables
	 */
	public boolean available() {
		return this.jdbc.sql("select to_regclass(?) is not null")
			.param(this.settings.batchSchema() + ".batch_job_execution")
			.query(Boolean.class)
			.single();
	}

	/**
	 * The latest job executions, newest first, with their summed step counts.
	 * @param limit how many
	 * @return the runs; none while the job repository does not exist
	 */
	public List<BatchRun> latest(int limit) {
		if (!available()) {
			return List.of();
		}
		String schema = this.settings.batchSchema();
		Map<Long, Map<String, String>> parameters = new HashMap<>();
		this.jdbc.sql("""
				select p.job_execution_id, p.parameter_name, p.parameter_value
				from %1$s.batch_job_execution_params p
				where p.job_execution_id in (select job_execution_id from %1$s.batch_job_execution
				                             order by create_time desc limit ?)
				""".formatted(schema)).param(limit).query((row) -> {
			parameters.computeIfAbsent(row.getLong(1), (key) -> new HashMap<>())
				.put(row.getString(2), String.valueOf(row.getString(3)));
		});
		return this.jdbc.sql("""
				select e.job_execution_id, i.job_name, e.status, e.exit_code, e.exit_message, e.create_time,
				       e.start_time, e.end_time,
				       coalesce(sum(s.read_count), 0) as read_count, coalesce(sum(s.write_count), 0) as write_count,
				       coalesce(sum(s.filter_count), 0) as filter_count,
				       coalesce(sum(s.read_skip_count + s.write_skip_count + s.process_skip_count), 0) as skip_count,
				       count(s.step_execution_id) as steps,
				       count(s.step_execution_id) filter (where s.status = 'COMPLETED') as completed_steps
				from %1$s.batch_job_execution e
				join %1$s.batch_job_instance i on i.job_instance_id = e.job_instance_id
				left join %1$s.batch_step_execution s on s.job_execution_id = e.job_execution_id
				group by e.job_execution_id, i.job_name
				order by e.create_time desc
				limit ?
				""".formatted(schema)).param(limit).query((row, number) -> run(row, parameters)).list();
	}

	private static BatchRun run(ResultSet row, Map<Long, Map<String, String>> parameters) throws SQLException {
		long id = row.getLong("job_execution_id");
		return new BatchRun(id, row.getString("job_name"), row.getString("status"), row.getString("exit_code"),
				row.getString("exit_message"), row.getTimestamp("create_time").toInstant(), instant(row, "start_time"),
				instant(row, "end_time"), row.getLong("read_count"), row.getLong("write_count"),
				row.getLong("filter_count"), row.getLong("skip_count"), row.getInt("steps"),
				row.getInt("completed_steps"), parameters.getOrDefault(id, Map.of()));
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
