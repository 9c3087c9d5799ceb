package dev.watchtower.analytics.bulletin;

import java.util.List;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.Snapshot;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads {@code silver/incidents}, {@code gold/deadline_checks} and the KEV CVEs of
 * {@code gold/kev_matches}.
 */
final class BulletinSources {

	private BulletinSources() {
	}

	static Snapshot read(SparkSession spark, Lake lake, LakeTable table) {
		return lake.read(spark, table);
	}

	static List<String> kevCves(Snapshot kevMatches) {
		return kevMatches.rows()
			.select(functions.col("cve"))
			.distinct()
			.orderBy("cve")
			.collectAsList()
			.stream()
			.map((row) -> row.getString(0))
			.toList();
	}

}
