package dev.watchtower.analytics.deadlines;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.SilverTables;
import dev.watchtower.analytics.lake.Snapshot;
import dev.watchtower.ingestion.deadline.DeadlineEngine;
import dev.watchtower.ingestion.deadline.WorkingDayCalendar;
import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.rulebook.Rulebook;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads {@code silver/incidents}, {@code silver/annual_reports} and the annual due dates
 * of the rulebook.
 */
final class DeadlinesSources {

	static final StructType DUE_DATES = new StructType().add("regime", DataTypes.StringType)
		.add("year", DataTypes.IntegerType)
		.add("rule_id", DataTypes.StringType)
		.add("due_at", DataTypes.TimestampType);

	private DeadlinesSources() {
	}

	static Snapshot incidents(SparkSession spark, Lake lake) {
		return lake.read(spark, LakeTable.INCIDENTS);
	}

	static Snapshot annualReports(SparkSession spark, Lake lake) {
		Snapshot snapshot = lake.readOrEmpty(spark, LakeTable.ANNUAL_REPORTS, SilverTables.ANNUAL_REPORTS);
		return new Snapshot(snapshot.table(), snapshot.version(),
				snapshot.rows()
					.select("institution_code", "institution_name", "sector", "province", "filing_id", "regime", "year",
							"reported_at", "received_at"));
	}

	/**
	 * The annual-report due dates the rulebook knows, per regime and year.
	 * @param spark the session
	 * @param fromYear the first reporting year
	 * @param toYear the last reporting year
	 * @return {@code regime, year, rule_id, due_at}
	 */
	static Dataset<Row> annualDueDates(SparkSession spark, int fromYear, int toYear) {
		DeadlineEngine engine = new DeadlineEngine(Rulebook.bundled(), WorkingDayCalendar.china());
		List<Row> rows = new ArrayList<>();
		for (Regime regime : Regime.values()) {
			for (int year = fromYear; year <= toYear; year++) {
				int reportingYear = year;
				engine.annualReport(regime, year)
					.ifPresent((deadline) -> rows.add(RowFactory.create(regime.name(), reportingYear, deadline.ruleId(),
							Timestamp.from(deadline.due().toInstant()))));
			}
		}
		return spark.createDataFrame(rows, DUE_DATES);
	}

	static int firstYear(Dataset<Row> incidents, Dataset<Row> annualReports, int fallback) {
		Row fromIncidents = incidents.agg(functions.min(functions.year(functions.col("occurred_at")))).first();
		Row fromAnnual = annualReports.agg(functions.min("year")).first();
		int first = fallback;
		if (!fromIncidents.isNullAt(0)) {
			first = Math.min(first, fromIncidents.getInt(0));
		}
		if (!fromAnnual.isNullAt(0)) {
			first = Math.min(first, fromAnnual.getInt(0));
		}
		return first;
	}

}
