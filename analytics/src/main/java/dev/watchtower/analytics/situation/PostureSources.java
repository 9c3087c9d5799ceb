package dev.watchtower.analytics.situation;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.Snapshot;
import org.apache.spark.sql.SparkSession;

/**
 * Reads {@code silver/incidents} and {@code gold/deadline_checks}.
 */
final class PostureSources {

	private PostureSources() {
	}

	static Snapshot incidents(SparkSession spark, Lake lake) {
		Snapshot incidents = lake.read(spark, LakeTable.INCIDENTS);
		return new Snapshot(incidents.table(), incidents.version(),
				incidents.rows()
					.select("case_id", "institution_code", "sector", "category", "effective_level", "province",
							"occurred_at", "stage_count", "outage_minutes", "persons_affected",
							"personal_records_leaked", "sensitive_records_leaked", "detect_minutes", "report_minutes",
							"recover_minutes", "under_graded", "serves_persons", "vendors", "cves"));
	}

	static Snapshot deadlineChecks(SparkSession spark, Lake lake) {
		Snapshot checks = lake.read(spark, LakeTable.DEADLINE_CHECKS);
		return new Snapshot(checks.table(), checks.version(),
				checks.rows().select("case_id", "verdict", "late_minutes"));
	}

}
