package dev.watchtower.analytics.serving;

import java.sql.Timestamp;
import java.time.Instant;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Records what an index now holds ({@code gold/_serving_state}), after its bulk requests
 * all succeeded.
 */
final class ServingSinks {

	private ServingSinks() {
	}

	static void replaceState(Lake lake, ServingIndex index, Dataset<Row> documents, Instant indexedAt) {
		Dataset<Row> state = documents.select(functions.lit(index.alias()).as("index"), functions.col("doc_id"),
				functions.col("doc_hash"), functions.lit(Timestamp.from(indexedAt)).as("indexed_at"));
		lake.declare(state.sparkSession(), LakeTable.SERVING_STATE, ServingSources.STATE,
				"Content hash of every document last indexed, per serving index");
		state.write()
			.format("delta")
			.mode("overwrite")
			.option("replaceWhere", "index = '" + index.alias() + "'")
			.save(lake.location(LakeTable.SERVING_STATE));
	}

}
