package dev.watchtower.analytics.score;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes {@code gold/institution_scores}.
 */
final class ScoreSinks {

	private ScoreSinks() {
	}

	static long replaceScores(Lake lake, Dataset<Row> scores) {
		return lake.replace(scores, LakeTable.INSTITUTION_SCORES,
				"Risk score per institution (0-100) with its weighted factors, rank in sector");
	}

}
