package dev.watchtower.analytics.deadlines;

import java.util.Map;
import java.util.TreeMap;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Writes {@code gold/deadline_checks} and {@code gold/annual_report_checks}.
 */
final class DeadlinesSinks {

	private DeadlinesSinks() {
	}

	static long replaceChecks(Lake lake, Dataset<Row> checks) {
		return lake.replace(checks, LakeTable.DEADLINE_CHECKS,
				"Per incident, regime and required report: due, filed, late by how much, or missing");
	}

	static long replaceAnnualChecks(Lake lake, Dataset<Row> checks) {
		return lake.replace(checks, LakeTable.ANNUAL_REPORT_CHECKS,
				"Per institution, regime and reporting year: annual report due, filed, late or missing");
	}

	static Map<String, Long> verdictCounts(SparkSession spark, Lake lake, long version) {
		Map<String, Long> counts = new TreeMap<>();
		lake.readAt(spark, LakeTable.DEADLINE_CHECKS, version)
			.rows()
			.groupBy("verdict")
			.count()
			.collectAsList()
			.forEach((row) -> counts.put(row.getString(0), row.getLong(1)));
		return counts;
	}

}
