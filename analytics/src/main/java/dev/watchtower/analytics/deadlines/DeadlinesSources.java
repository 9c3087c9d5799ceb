package dev.watchtower.analytics.deadlines;

import java.math.BigInteger;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
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

	/** The {@code silver/incident_reports} version an incident was last rebuilt from. */
	static final String REPORTS_VERSION = "reports_version";

	private DeadlinesSources() {
	}

	/**
	 * Which deadline rules the checks are made with: the bundled rulebook and working-day
	 * calendar that {@link IncidentTimeliness} loads, as a number for a watermark.
	 * @return the first 64 bits of a digest of both
	 */
	static long rulesDigest() {
		String both = Rulebook.bundledDigest() + WorkingDayCalendar.china().digest();
		return new BigInteger(both.substring(0, 16), 16).longValue();
	}

	/**
	 * Reads {@code silver/incidents}. A table written before rows carried
	 * {@code reports_version} (ADR 28) gets the column on the incidents job's next
	 * rebuild; until then it reads as null, which no later stamp equals or undercuts.
	 */
	static Snapshot incidents(SparkSession spark, Lake lake) {
		Snapshot incidents = lake.read(spark, LakeTable.INCIDENTS);
		if (Arrays.asList(incidents.rows().columns()).contains(REPORTS_VERSION)) {
			return incidents;
		}
		return new Snapshot(incidents.table(), incidents.version(),
				incidents.rows().withColumn(REPORTS_VERSION, functions.lit(null).cast("bigint")));
	}

	static Snapshot annualReports(SparkSession spark, Lake lake) {
		Snapshot snapshot = lake.readOrEmpty(spark, LakeTable.ANNUAL_REPORTS, SilverTables.ANNUAL_REPORTS);
		return new Snapshot(snapshot.table(), snapshot.version(),
				snapshot.rows()
					.select("institution_code", "institution_name", "sector", "province", "filing_id", "regime", "year",
							"reported_at", "received_at"));
	}

	/**
	 * The annual-report due dates the rulebook knows, per regime and year, from the first
	 * year any version covers (a year has a due date only when a version is in force on
	 * its last day, so none before the earliest version's first year).
	 * @param spark the session
	 * @param toYear the last reporting year
	 * @return {@code regime, year, rule_id, due_at}
	 */
	static Dataset<Row> annualDueDates(SparkSession spark, int toYear) {
		Rulebook rulebook = Rulebook.bundled();
		int fromYear = rulebook.versions()
			.stream()
			.mapToInt((version) -> version.effectiveFrom().getYear())
			.min()
			.orElse(toYear);
		DeadlineEngine engine = new DeadlineEngine(rulebook, WorkingDayCalendar.china());
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

}
