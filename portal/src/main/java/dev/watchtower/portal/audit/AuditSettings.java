package dev.watchtower.portal.audit;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long audit rows are kept and when the retention job runs.
 *
 * @param retention how long rows are kept; at least one year (NFRA data-security measures
 * Art. 43), three years by default
 * @param purgeCron when the retention job deletes older rows (server time zone), daily at
 * 03:30 by default; {@code -} switches it off
 */
@Validated
@ConfigurationProperties("watchtower.audit")
public record AuditSettings(@DefaultValue("P3Y") Period retention, @DefaultValue("0 30 3 * * *") String purgeCron) {

	public AuditSettings {
		if (retention.normalized().toTotalMonths() < 12) {
			throw new IllegalArgumentException(
					"watchtower.audit.retention must be at least one year (NFRA Art. 43), got " + retention);
		}
	}

}
