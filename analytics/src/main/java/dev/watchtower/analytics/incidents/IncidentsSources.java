package dev.watchtower.analytics.incidents;

import java.util.Arrays;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.SilverTables;
import dev.watchtower.analytics.lake.Snapshot;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads {@code silver/incident_reports} (the columns of {@code docs/lake.md}, by name).
 */
final class IncidentsSources {

	private IncidentsSources() {
	}

	static Snapshot reports(SparkSession spark, Lake lake) {
		Snapshot snapshot = lake.read(spark, LakeTable.INCIDENT_REPORTS);
		return new Snapshot(snapshot.table(), snapshot.version(), columns(snapshot.rows()));
	}

	/**
	 * The columns the job reads of report rows.
	 * @param rows rows of {@code silver/incident_reports}
	 * @return the rows with those columns
	 */
	static Dataset<Row> columns(Dataset<Row> rows) {
		return rows.select(Arrays.stream(SilverTables.INCIDENT_REPORTS.fieldNames())
			.filter((name) -> !name.equals("deadlines") && !name.equals("source_file") && !name.equals("run_id")
					&& !name.equals("occurred_month"))
			.map(functions::col)
			.toArray(Column[]::new));
	}

}
