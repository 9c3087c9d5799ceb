package dev.watchtower.portal.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes audit rows older than the retention period through the database function
 * {@code audit_log_purge}, the only path the append-only trigger lets through.
 */
@Component
class AuditRetention {

	private static final Logger logger = LoggerFactory.getLogger(AuditRetention.class);

	private final JdbcClient jdbc;

	private final AuditSettings settings;

	private final Clock clock;

	AuditRetention(JdbcClient jdbc, AuditSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${watchtower.audit.purge-cron:0 30 3 * * *}")
	void purgeOnSchedule() {
		purge();
	}

	/**
	 * Deletes the rows older than the retention period.
	 * @return how many rows were deleted
	 */
	long purge() {
		Instant cutoff = ZonedDateTime.now(this.clock).minus(this.settings.retention()).toInstant();
		long purged = this.jdbc.sql("select audit_log_purge(?)")
			.param(Timestamp.from(cutoff))
			.query(Long.class)
			.single();
		logger.info("Audit retention: deleted {} rows recorded before {} (retention {})", purged, cutoff,
				this.settings.retention());
		return purged;
	}

}
