package dev.watchtower.analytics.incidents;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Writes {@code silver/incidents} (replaced in full, or MERGEd by incident) and
 * {@code silver/incidents_rejected}.
 */
final class IncidentsSinks {

	static final String COMMENT = "One row per incident (institution_code, incident_id): latest state and stage chain; written by analytics";

	private IncidentsSinks() {
	}

	static long replace(Lake lake, Dataset<Row> incidents) {
		return lake.replace(incidents, LakeTable.INCIDENTS, COMMENT);
	}

	/**
	 * Declares {@code silver/incidents} (creates it, or sets a property it lacks) before
	 * the job notes the version a MERGE writes after; a full rebuild declares it through
	 * {@link Lake#replace}.
	 */
	static void declare(Lake lake, Dataset<Row> incidents) {
		lake.declare(incidents.sparkSession(), LakeTable.INCIDENTS, incidents.schema(), COMMENT);
	}

	static long merge(Lake lake, Dataset<Row> incidents) {
		DeltaTable.forPath(incidents.sparkSession(), lake.location(LakeTable.INCIDENTS))
			.as("t")
			.merge(incidents.as("s"), IncidentsTransforms.mergeCondition())
			.whenMatched()
			.updateAll()
			.whenNotMatched()
			.insertAll()
			.execute();
		return lake.version(incidents.sparkSession(), LakeTable.INCIDENTS).orElseThrow();
	}

	/**
	 * Deletes the incidents of removed report rows that no usable report is left for.
	 * @param removed the removed report rows
	 * @param usable the usable report rows of the table now
	 * @return the version of {@code silver/incidents} after it
	 */
	static long deleteAbandoned(Lake lake, Dataset<Row> removed, Dataset<Row> usable) {
		Dataset<Row> abandoned = removed.select("institution_code", "incident_id")
			.distinct()
			.join(usable.select("institution_code", "incident_id"), new String[] { "institution_code", "incident_id" },
					"left_anti");
		DeltaTable.forPath(removed.sparkSession(), lake.location(LakeTable.INCIDENTS))
			.as("t")
			.merge(abandoned.as("s"), IncidentsTransforms.mergeCondition())
			.whenMatched()
			.delete()
			.execute();
		return lake.version(removed.sparkSession(), LakeTable.INCIDENTS).orElseThrow();
	}

	/**
	 * Keeps rejected report rows: all of them on a full run, the new ones otherwise.
	 * @return the number written
	 */
	static long rejects(Lake lake, Dataset<Row> rejected, LocalDate asOf, Instant runAt, boolean replace) {
		Dataset<Row> rows = rejected.withColumn("as_of", functions.lit(Date.valueOf(asOf)))
			.withColumn("run_at", functions.lit(Timestamp.from(runAt)))
			.cache();
		long count = rows.count();
		if (replace) {
			lake.replace(rows, LakeTable.INCIDENTS_REJECTED,
					"Report rows the incidents job could not use, with rule and message");
		}
		else if (count > 0) {
			lake.declare(rows.sparkSession(), LakeTable.INCIDENTS_REJECTED, rows.schema(),
					"Report rows the incidents job could not use, with rule and message");
			rows.write().format("delta").mode("append").save(lake.location(LakeTable.INCIDENTS_REJECTED));
		}
		rows.unpersist();
		return count;
	}

}
