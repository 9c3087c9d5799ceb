package dev.watchtower.analytics.deadlines;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Writes {@code gold/deadline_checks} and {@code gold/annual_report_checks}.
 */
final class DeadlinesSinks {

	private static final String CHECKS = "Per incident, regime and required report: due, filed, late by how much, or missing";

	/** The source column of the MERGE that tells a marker row from a check. */
	private static final String MARKER = "_replaces_checks";

	private DeadlinesSinks() {
	}

	static long replaceChecks(Lake lake, Dataset<Row> checks) {
		return lake.replace(checks, LakeTable.DEADLINE_CHECKS, CHECKS);
	}

	/**
	 * Replaces the checks of some incidents in one commit: a MERGE whose source is the
	 * new checks and one marker row per incident; a marker deletes the incident's old
	 * checks, the new ones are inserted.
	 * @param lake the lake
	 * @param cases the incidents ({@code case_id})
	 * @param checks their new checks
	 * @return the version written
	 */
	static long replaceChecksOf(Lake lake, Dataset<Row> cases, Dataset<Row> checks) {
		SparkSession spark = checks.sparkSession();
		lake.declare(spark, LakeTable.DEADLINE_CHECKS, checks.schema(), CHECKS);
		Dataset<Row> source = checks.withColumn(MARKER, lit(false))
			.unionByName(cases.select(col("case_id")).withColumn(MARKER, lit(true)), true);
		Map<String, String> insert = new LinkedHashMap<>();
		for (String column : checks.columns()) {
			insert.put(column, "s." + column);
		}
		DeltaTable.forPath(spark, lake.location(LakeTable.DEADLINE_CHECKS))
			.as("t")
			.merge(source.as("s"), "t.case_id = s.case_id AND s." + MARKER)
			.whenMatched()
			.delete()
			.whenNotMatched("NOT s." + MARKER)
			.insertExpr(insert)
			.execute();
		return lake.version(spark, LakeTable.DEADLINE_CHECKS).orElseThrow();
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
