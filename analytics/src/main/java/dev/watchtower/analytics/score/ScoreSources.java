package dev.watchtower.analytics.score;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.Snapshot;
import org.apache.spark.sql.SparkSession;

/**
 * Reads what the score is made of: {@code silver/incidents} and the gold tables of the
 * deadlines and correlations jobs.
 */
final class ScoreSources {

	private ScoreSources() {
	}

	static Snapshot read(SparkSession spark, Lake lake, LakeTable table) {
		return lake.read(spark, table);
	}

}
