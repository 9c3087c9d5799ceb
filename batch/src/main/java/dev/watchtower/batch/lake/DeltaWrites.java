package dev.watchtower.batch.lake;

import java.util.List;
import java.util.stream.Collectors;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The MERGE of superseding versions, the one write Delta Kernel cannot do (ADR 36),
 * through Spark. It carries a Delta transaction id (application id, version) through the
 * session settings Delta reads for DML
 * ({@code spark.databricks.delta.write.txnAppId/txnVersion}), so a MERGE replayed after a
 * crash with the same id is skipped by Delta itself. Appends and the register's
 * replacement go through {@link KernelLake}.
 */
final class DeltaWrites {

	private static final String TXN_APP_ID = "spark.databricks.delta.write.txnAppId";

	private static final String TXN_VERSION = "spark.databricks.delta.write.txnVersion";

	private DeltaWrites() {
	}

	/**
	 * Replaces the rows of the same filings and inserts the others, in one commit.
	 * @param spark the session
	 * @param table the table
	 * @param location its location
	 * @param rows the new current rows, at most one per filing
	 * @param partitionFilter a predicate on the target ({@code t.}) that prunes the
	 * partitions holding the replaced rows, or {@code true}
	 * @param appId the transaction application id
	 * @param version the transaction version
	 */
	static void upsert(SparkSession spark, LakeTable table, String location, List<Row> rows, String partitionFilter,
			String appId, long version) {
		Dataset<Row> source = spark.createDataFrame(rows, table.schema());
		spark.conf().set(TXN_APP_ID, appId);
		spark.conf().set(TXN_VERSION, String.valueOf(version));
		try {
			DeltaTable.forPath(spark, location)
				.as("t")
				.merge(source.as("s"),
						"t.institution_code = s.institution_code AND t.filing_id = s.filing_id AND (" + partitionFilter
								+ ")")
				.whenMatched()
				.updateAll()
				.whenNotMatched()
				.insertAll()
				.execute();
		}
		finally {
			spark.conf().unset(TXN_APP_ID);
			spark.conf().unset(TXN_VERSION);
		}
	}

	static String inList(String column, java.util.Collection<String> values) {
		return values.stream()
			.sorted()
			.map((value) -> "'" + value.replace("'", "''") + "'")
			.collect(Collectors.joining(", ", column + " IN (", ")"));
	}

}
