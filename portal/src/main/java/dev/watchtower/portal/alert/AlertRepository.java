package dev.watchtower.portal.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.watchtower.portal.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Alert rules, watermarks and notifications in PostgreSQL.
 */
@Repository
class AlertRepository {

	private final JdbcClient jdbc;

	AlertRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AlertRule> rules() {
		return this.jdbc.sql("select * from alert_rules order by kind, name").query(AlertRepository::rule).list();
	}

	void insert(AlertRule rule) {
		this.jdbc.sql("""
				insert into alert_rules (id, kind, name, levels, roles, email_to, enabled, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(rule.id(), rule.kind().name(), rule.name(), String.join(",", rule.levels()),
					rule.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
					String.join(",", rule.emailTo()), rule.enabled(), rule.createdBy(),
					Timestamp.from(rule.createdAt()))
			.update();
	}

	int enable(UUID id, boolean enabled) {
		return this.jdbc.sql("update alert_rules set enabled = ? where id = ?").params(enabled, id).update();
	}

	/**
	 * The watermark of a source, locked until the caller's transaction ends; empty when
	 * another instance holds it. A new source starts at {@code start}.
	 */
	Optional<Instant> lockWatermark(String source, Instant start) {
		this.jdbc.sql("""
				insert into alert_watermarks (source, seen_until, polled_at) values (?, ?, ?)
				on conflict (source) do nothing
				""").params(source, Timestamp.from(start), Timestamp.from(start)).update();
		return this.jdbc.sql("select seen_until from alert_watermarks where source = ? for update skip locked")
			.param(source)
			.query((row, number) -> row.getTimestamp(1).toInstant())
			.optional();
	}

	void advanceWatermark(String source, Instant seenUntil, Instant polledAt) {
		this.jdbc.sql("""
				update alert_watermarks set seen_until = greatest(seen_until, ?), polled_at = ? where source = ?
				""").params(Timestamp.from(seenUntil), Timestamp.from(polledAt), source).update();
	}

	List<String> enabledUsersWithAnyRole(Set<Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select distinct u.username from users u join authorities a on a.username = u.username
				where u.enabled and a.authority = any(?) order by 1
				""").param(roles.stream().map(Role::authority).toArray(String[]::new)).query(String.class).list();
	}

	boolean notify(String username, UUID ruleId, String objectType, String objectId, String title, String body,
			String link, Instant at) {
		return this.jdbc.sql("""
				insert into notifications (username, rule_id, object_type, object_id, title, body, link, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (username, rule_id, object_id) do nothing
				""")
			.params(username, ruleId, objectType, truncate(objectId, 256), truncate(title, 300), body,
					truncate(link, 500), Timestamp.from(at))
			.update() == 1;
	}

	List<Notification> notifications(String username, int limit) {
		return this.jdbc.sql("""
				select id, title, body, link, created_at, read_at from notifications
				where username = ? order by created_at desc, id desc limit ?
				""").params(username, limit).query((row, number) -> {
			Timestamp read = row.getTimestamp("read_at");
			return new Notification(row.getLong("id"), row.getString("title"), row.getString("body"),
					row.getString("link"), row.getTimestamp("created_at").toInstant(),
					(read != null) ? read.toInstant() : null);
		}).list();
	}

	long unread(String username) {
		return this.jdbc.sql("select count(*) from notifications where username = ? and read_at is null")
			.param(username)
			.query(Long.class)
			.single();
	}

	int markRead(String username, long id, Instant at) {
		return this.jdbc.sql("update notifications set read_at = ? where username = ? and id = ? and read_at is null")
			.params(Timestamp.from(at), username, id)
			.update();
	}

	int markAllRead(String username, Instant at) {
		return this.jdbc.sql("update notifications set read_at = ? where username = ? and read_at is null")
			.params(Timestamp.from(at), username)
			.update();
	}

	private static AlertRule rule(ResultSet row, int number) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		split(row.getString("roles")).forEach((role) -> roles.add(Role.valueOf(role)));
		return new AlertRule(row.getObject("id", UUID.class), AlertKind.valueOf(row.getString("kind")),
				row.getString("name"), Set.copyOf(split(row.getString("levels"))), roles,
				split(row.getString("email_to")), row.getBoolean("enabled"), row.getString("created_by"),
				row.getTimestamp("created_at").toInstant());
	}

	static List<String> split(String list) {
		return Arrays.stream(list.split(",")).map(String::strip).filter((item) -> !item.isEmpty()).toList();
	}

	private static String truncate(String value, int length) {
		return (value.length() <= length) ? value : value.substring(0, length);
	}

}
