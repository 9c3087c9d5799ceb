package dev.watchtower.analytics.serving;

import java.util.List;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.Snapshot;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads what the documents are built from, and what was indexed last time.
 */
final class ServingSources {

	static final StructType STATE = new StructType().add("index", DataTypes.StringType)
		.add("doc_id", DataTypes.StringType)
		.add("doc_hash", DataTypes.StringType)
		.add("indexed_at", DataTypes.TimestampType);

	private ServingSources() {
	}

	static Snapshot read(SparkSession spark, Lake lake, LakeTable table) {
		return lake.read(spark, table);
	}

	/**
	 * What was indexed into an index by the last successful run.
	 * @return {@code doc_id, doc_hash}
	 */
	static Dataset<Row> state(SparkSession spark, Lake lake, ServingIndex index) {
		Dataset<Row> state = lake.exists(spark, LakeTable.SERVING_STATE)
				? spark.read().format("delta").load(lake.location(LakeTable.SERVING_STATE))
				: spark.createDataFrame(List.of(), STATE);
		return state.where(functions.col("index").equalTo(index.alias())).select("doc_id", "doc_hash");
	}

}
