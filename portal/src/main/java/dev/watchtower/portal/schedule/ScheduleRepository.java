package dev.watchtower.portal.schedule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Report schedules and runs in PostgreSQL, including the two statements that keep
 * instances apart: locking due schedules and claiming a queued run, both with
 * {@code FOR UPDATE SKIP LOCKED}.
 */
@Repository
class ScheduleRepository {

	private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
	};

	private static final String RUN_COLUMNS = """
			id, schedule_id, fire_time, trigger, requested_by, state, progress, step, message, reason, queued_at,
			started_at, finished_at, claimed_by""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ScheduleRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(UUID id, ScheduleDefinition definition, @Nullable Instant nextFireAt, String by, Instant at) {
		this.jdbc.sql("""
				insert into report_schedules (id, name, job, cron, time_zone, parameters, paused, next_fire_at,
				                              created_by, created_at)
				values (?, ?, ?, ?, ?, cast(? as jsonb), false, ?, ?, ?)
				""")
			.params(id, definition.name(), definition.job().name(), definition.cron(), definition.timeZone(),
					this.json.writeValueAsString(definition.parameters()), timestamp(nextFireAt), by,
					Timestamp.from(at))
			.update();
	}

	void update(UUID id, ScheduleDefinition definition, @Nullable Instant nextFireAt, String by, Instant at) {
		this.jdbc.sql("""
				update report_schedules set name = ?, job = ?, cron = ?, time_zone = ?, parameters = cast(? as jsonb),
				       next_fire_at = case when paused then null else ? end, updated_by = ?, updated_at = ?
				where id = ?
				""")
			.params(definition.name(), definition.job().name(), definition.cron(), definition.timeZone(),
					this.json.writeValueAsString(definition.parameters()), timestamp(nextFireAt), by,
					Timestamp.from(at), id)
			.update();
	}

	void paused(UUID id, boolean paused, @Nullable Instant nextFireAt, String by, Instant at) {
		this.jdbc.sql("""
				update report_schedules set paused = ?, next_fire_at = ?, updated_by = ?, updated_at = ? where id = ?
				""").params(paused, timestamp(nextFireAt), by, Timestamp.from(at), id).update();
	}

	Optional<Schedule> find(UUID id) {
		return this.jdbc.sql("select * from report_schedules where id = ?").param(id).query(this::schedule).optional();
	}

	List<Schedule> findAll() {
		return this.jdbc.sql("select * from report_schedules order by name, created_at").query(this::schedule).list();
	}

	/**
	 * Due schedules, locked until the caller's transaction ends; schedules another
	 * instance holds are skipped.
	 */
	List<Schedule> lockDue(Instant now, int limit) {
		return this.jdbc.sql("""
				select * from report_schedules where not paused and next_fire_at <= ?
				order by next_fire_at limit ? for update skip locked
				""").params(Timestamp.from(now), limit).query(this::schedule).list();
	}

	void advance(UUID id, @Nullable Instant nextFireAt) {
		this.jdbc.sql("update report_schedules set next_fire_at = ? where id = ?")
			.params(timestamp(nextFireAt), id)
			.update();
	}

	/**
	 * Queues a run; the unique (schedule, fire time) pair makes a second attempt a no-op.
	 * @return whether a run was queued
	 */
	boolean queue(UUID runId, UUID scheduleId, Instant fireTime, boolean manual, String requestedBy, Instant at) {
		return this.jdbc.sql("""
				insert into report_runs (id, schedule_id, fire_time, trigger, requested_by, state, queued_at)
				values (?, ?, ?, ?, ?, 'QUEUED', ?)
				on conflict (schedule_id, fire_time) do nothing
				""")
			.params(runId, scheduleId, Timestamp.from(fireTime), manual ? "MANUAL" : "SCHEDULED", requestedBy,
					Timestamp.from(at))
			.update() == 1;
	}

	/**
	 * Claims the oldest queued run for this instance; a run another instance is claiming
	 * is skipped, so no run is claimed twice.
	 */
	Optional<UUID> claim(String instance, Instant now) {
		return this.jdbc.sql("""
				update report_runs set state = 'RUNNING', claimed_by = ?, started_at = ?, heartbeat_at = ?
				where id = (select id from report_runs where state = 'QUEUED' order by queued_at
				            limit 1 for update skip locked)
				returning id
				""").params(instance, Timestamp.from(now), Timestamp.from(now)).query(UUID.class).optional();
	}

	int running(String instance) {
		return this.jdbc.sql("select count(*) from report_runs where state = 'RUNNING' and claimed_by = ?")
			.param(instance)
			.query(Integer.class)
			.single();
	}

	Optional<ReportRun> findRun(UUID id) {
		return this.jdbc.sql("select " + RUN_COLUMNS + " from report_runs where id = ?")
			.param(id)
			.query(ScheduleRepository::run)
			.optional();
	}

	List<ReportRun> runs(UUID scheduleId, int limit) {
		return this.jdbc
			.sql("select " + RUN_COLUMNS + " from report_runs where schedule_id = ? order by queued_at desc limit ?")
			.params(scheduleId, limit)
			.query(ScheduleRepository::run)
			.list();
	}

	void progress(UUID runId, int percent, String step, String message, Instant now) {
		this.jdbc.sql("""
				update report_runs set progress = ?, step = ?, message = ?, heartbeat_at = ?
				where id = ? and state = 'RUNNING'
				""").params(percent, truncate(step, 100), truncate(message, 500), Timestamp.from(now), runId).update();
	}

	void heartbeat(UUID runId, Instant now) {
		this.jdbc.sql("update report_runs set heartbeat_at = ? where id = ? and state = 'RUNNING'")
			.params(Timestamp.from(now), runId)
			.update();
	}

	void finish(UUID runId, RunState state, @Nullable Integer exitCode, @Nullable String reason, String outputDir,
			Instant now) {
		this.jdbc.sql("""
				update report_runs set state = ?, exit_code = ?, reason = ?, output_dir = ?, finished_at = ?,
				       progress = case when ? = 'SUCCEEDED' then 100 else progress end
				where id = ? and state = 'RUNNING'
				""")
			.params(state.name(), exitCode, reason, outputDir, Timestamp.from(now), state.name(), runId)
			.update();
	}

	int failStale(Instant heartbeatBefore, String reason, Instant now) {
		return this.jdbc.sql("""
				update report_runs set state = 'FAILED', reason = ?, finished_at = ?
				where state = 'RUNNING' and heartbeat_at < ?
				""").params(reason, Timestamp.from(now), Timestamp.from(heartbeatBefore)).update();
	}

	private Schedule schedule(ResultSet row, int number) throws SQLException {
		ScheduleDefinition definition = new ScheduleDefinition(row.getString("name"),
				AnalyticsJob.valueOf(row.getString("job")), row.getString("cron"), row.getString("time_zone"),
				this.json.readValue(row.getString("parameters"), PARAMETERS));
		return new Schedule(row.getObject("id", UUID.class), definition, row.getBoolean("paused"),
				instant(row, "next_fire_at"), row.getString("created_by"), row.getTimestamp("created_at").toInstant());
	}

	private static ReportRun run(ResultSet row, int number) throws SQLException {
		return new ReportRun(row.getObject("id", UUID.class), row.getObject("schedule_id", UUID.class),
				row.getTimestamp("fire_time").toInstant(), "MANUAL".equals(row.getString("trigger")),
				row.getString("requested_by"), RunState.valueOf(row.getString("state")), row.getInt("progress"),
				row.getString("step"), row.getString("message"), row.getString("reason"),
				row.getTimestamp("queued_at").toInstant(), instant(row, "started_at"), instant(row, "finished_at"),
				row.getString("claimed_by"));
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static String truncate(String value, int length) {
		return (value.length() <= length) ? value : value.substring(0, length);
	}

}
