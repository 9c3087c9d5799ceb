package dev.watchtower.portal.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.watchtower.portal.PortalTestContext;
import dev.watchtower.portal.base.AuditOutcome;
import dev.watchtower.portal.base.AuditRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The audit log against real PostgreSQL: events become rows, rows cannot be changed or
 * deleted through SQL, and only the retention function removes rows, only old ones.
 */
class AuditLogIT extends PortalTestContext {

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private AuditLog log;

	@Autowired
	private AuditRetention retention;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transaction;

	@Autowired
	private Clock clock;

	@Test
	void a_published_event_becomes_one_row() {
		String objectId = "it-" + SUFFIX + "-1";

		this.events
			.publishEvent(AuditRecord.success("auditor", "export", "report", objectId, Map.of("format", "XLSX")));

		List<AuditEntry> rows = this.log.find(byObject(objectId), 0, 10);
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.actor()).isEqualTo("auditor");
			assertThat(row.action()).isEqualTo("export");
			assertThat(row.objectType()).isEqualTo("report");
			assertThat(row.outcome()).isEqualTo(AuditOutcome.SUCCESS);
			assertThat(row.details()).contains("\"format\"").contains("XLSX");
		});
	}

	@Test
	void a_rolled_back_action_leaves_no_row() {
		String objectId = "it-" + SUFFIX + "-rollback";

		this.transaction.executeWithoutResult((status) -> {
			this.events.publishEvent(AuditRecord.success("auditor", "notice.approve", "notice", objectId, Map.of()));
			status.setRollbackOnly();
		});

		assertThat(this.log.count(byObject(objectId))).isZero();
	}

	@Test
	void an_event_published_in_a_read_only_transaction_is_recorded() {
		String objectId = "it-" + SUFFIX + "-read-only";
		TransactionTemplate readOnly = new TransactionTemplate(this.transaction.getTransactionManager());
		readOnly.setReadOnly(true);

		readOnly.executeWithoutResult((status) -> this.events
			.publishEvent(AuditRecord.success("inspector", "case.view", "case", objectId, Map.of())));

		assertThat(this.log.count(byObject(objectId))).isOne();
	}

	@Test
	void rows_cannot_be_updated_deleted_or_truncated() {
		String objectId = "it-" + SUFFIX + "-immutable";
		this.events.publishEvent(AuditRecord.denied("mallory", "notice.approve", "notice", objectId, "four eyes"));

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update audit_log set actor = 'nobody' where object_id = ?")
				.param(objectId)
				.update())
			.havingRootCause()
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from audit_log where object_id = ?").param(objectId).update())
			.havingRootCause()
			.withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("truncate audit_log").update())
			.havingRootCause()
			.withMessageContaining("append-only");
		assertThat(this.log.find(byObject(objectId), 0, 10)).singleElement()
			.satisfies((row) -> assertThat(row.actor()).isEqualTo("mallory"));
	}

	@Test
	void setting_the_purge_flag_by_hand_does_not_delete_recent_rows() {
		String objectId = "it-" + SUFFIX + "-recent";
		this.events.publishEvent(AuditRecord.success("auditor", "login", "user", objectId, Map.of()));

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.transaction.executeWithoutResult((status) -> {
				this.jdbc.sql("select set_config('watchtower.audit_purge_before', ?, true)")
					.param(this.clock.instant().plusSeconds(60).toString())
					.query(String.class)
					.single();
				this.jdbc.sql("delete from audit_log where object_id = ?").param(objectId).update();
			}))
			.havingRootCause()
			.withMessageContaining("append-only");
		assertThat(this.log.count(byObject(objectId))).isOne();
	}

	@Test
	void the_purge_function_refuses_a_retention_under_one_year() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("select audit_log_purge(?)")
				.param(Timestamp.from(this.clock.instant().minus(Duration.ofDays(30))))
				.query(Long.class)
				.single())
			.havingRootCause()
			.withMessageContaining("at least one year");
	}

	@Test
	void retention_deletes_only_rows_older_than_three_years() {
		String objectId = "it-" + SUFFIX + "-retention";
		Instant now = this.clock.instant();
		insertAt(now.minus(Duration.ofDays(3 * 366 + 10)), objectId + "-old");
		insertAt(now.minus(Duration.ofDays(2 * 365)), objectId + "-kept");

		long purged = this.retention.purge();

		assertThat(purged).isGreaterThanOrEqualTo(1);
		assertThat(this.log.count(byObject(objectId + "-old"))).isZero();
		assertThat(this.log.count(byObject(objectId + "-kept"))).isOne();
	}

	@Test
	void filters_by_actor_action_prefix_and_outcome() {
		String objectId = "it-" + SUFFIX + "-filter";
		this.events.publishEvent(AuditRecord.success("filter-a", "schedule.create", "schedule", objectId, Map.of()));
		this.events.publishEvent(AuditRecord.denied("filter-b", "schedule.pause", "schedule", objectId, "role"));
		this.events.publishEvent(AuditRecord.success("filter-a", "export", "report", objectId, Map.of()));

		assertThat(this.log.count(new AuditQuery("filter-a", null, null, objectId, null, null, null))).isEqualTo(2);
		assertThat(this.log.count(new AuditQuery(null, "schedule.", null, objectId, null, null, null))).isEqualTo(2);
		assertThat(this.log.find(new AuditQuery(null, null, null, objectId, AuditOutcome.DENIED, null, null), 0, 5))
			.extracting(AuditEntry::actor)
			.containsExactly("filter-b");
	}

	@Test
	void the_read_api_offers_no_way_to_change_rows() {
		assertThat(AuditLog.class.getDeclaredMethods())
			.filteredOn((method) -> java.lang.reflect.Modifier.isPublic(method.getModifiers()))
			.extracting(java.lang.reflect.Method::getName)
			.containsOnly("find", "count");
	}

	private void insertAt(Instant at, String objectId) {
		this.jdbc.sql("""
				insert into audit_log (occurred_at, actor, action, object_id, outcome)
				values (?, 'old-user', 'login', ?, 'SUCCESS')
				""").params(Timestamp.from(at), objectId).update();
	}

	private static AuditQuery byObject(String objectId) {
		return new AuditQuery(null, null, null, objectId, null, null, null);
	}

}
