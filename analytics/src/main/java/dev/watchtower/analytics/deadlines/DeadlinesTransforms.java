package dev.watchtower.analytics.deadlines;

import java.time.Instant;
import java.time.LocalDate;

import dev.watchtower.analytics.run.JobSettings;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * Deadline checks without I/O: incident chains against the binding deadlines, annual
 * reports against their due dates, and the per-incident summary other jobs use.
 */
public final class DeadlinesTransforms {

	/** The verdict of an incident whose row could not be rebuilt; see {@code problem}. */
	public static final String UNCHECKABLE = "UNCHECKABLE";

	/** What {@link IncidentTimeliness} emits. */
	static final StructType CHECK = new StructType().add("case_id", DataTypes.StringType)
		.add("institution_code", DataTypes.StringType)
		.add("incident_id", DataTypes.StringType)
		.add("institution_name", DataTypes.StringType)
		.add("sector", DataTypes.StringType)
		.add("province", DataTypes.StringType)
		.add("regime", DataTypes.StringType)
		.add("rule_id", DataTypes.StringType)
		.add("filing", DataTypes.StringType)
		.add("sequence", DataTypes.IntegerType)
		.add("level_applied", DataTypes.StringType)
		.add("triggered_at", DataTypes.TimestampType)
		.add("due_at", DataTypes.TimestampType)
		.add("filed_at", DataTypes.TimestampType)
		.add("verdict", DataTypes.StringType)
		.add("late_minutes", DataTypes.LongType)
		.add("calendar_official", DataTypes.BooleanType)
		.add("problem", DataTypes.StringType);

	private DeadlinesTransforms() {
	}

	/**
	 * The end of the as-of day in China: what is not filed by then and was due before is
	 * missing.
	 * @param asOf the as-of day
	 * @return the instant
	 */
	public static Instant cutOff(LocalDate asOf) {
		return asOf.plusDays(1).atStartOfDay(JobSettings.CHINA).toInstant();
	}

	/**
	 * One row per incident, regime, binding rule and occurrence (progress reports
	 * repeat).
	 * @param incidents {@code silver/incidents} rows
	 * @param asOf the as-of day
	 * @param sourceVersions the {@code source_versions} value
	 * @return the {@code gold/deadline_checks} rows
	 */
	public static Dataset<Row> incidentChecks(Dataset<Row> incidents, LocalDate asOf, Column sourceVersions) {
		Instant cutOff = cutOff(asOf);
		return incidents
			.select("case_id", "institution_code", "incident_id", "institution_name", "sector", "province", "category",
					"cause", "effective_level", "stages")
			.mapPartitions(new IncidentTimeliness(cutOff), Encoders.row(CHECK))
			.withColumn("overdue_minutes",
					when(col("verdict").equalTo("MISSING"),
							functions.floor(lit(cutOff).cast("long").minus(col("due_at").cast("long")).divide(60))
								.cast("long")))
			.withColumn("as_of", lit(asOf))
			.withColumn("source_versions", sourceVersions);
	}

	/**
	 * Annual reports owed and how they were filed: an institution owes a regime's annual
	 * report for every year from its first incident or annual report under that regime up
	 * to the year before the as-of day, where the rulebook knows the due date.
	 * @param incidents {@code silver/incidents} rows
	 * @param annualReports {@code silver/annual_reports} rows
	 * @param dueDates {@code regime, year, rule_id, due_at} from the rulebook
	 * @param asOf the as-of day
	 * @param sourceVersions the {@code source_versions} value
	 * @return the {@code gold/annual_report_checks} rows
	 */
	public static Dataset<Row> annualChecks(Dataset<Row> incidents, Dataset<Row> annualReports, Dataset<Row> dueDates,
			LocalDate asOf, Column sourceVersions) {
		Dataset<Row> fromIncidents = incidents.select(col("institution_code"), col("institution_name"), col("sector"),
				col("province"), functions.explode(col("regimes")).as("regime"),
				functions.year(col("occurred_at")).as("year"), col("updated_at").as("seen_at"));
		Dataset<Row> fromAnnual = annualReports.select(col("institution_code"), col("institution_name"), col("sector"),
				col("province"), col("regime"), col("year"), col("received_at").as("seen_at"));
		Dataset<Row> owed = fromIncidents.unionByName(fromAnnual)
			.groupBy("institution_code", "regime")
			.agg(functions.min("year").as("first_year"),
					functions.max_by(functions.struct("institution_name", "sector", "province"), col("seen_at"))
						.as("who"))
			.where(col("first_year").lt(asOf.getYear()))
			.select(col("institution_code"), col("who.institution_name"), col("who.sector"), col("who.province"),
					col("regime"),
					functions.explode(functions.sequence(col("first_year"), lit(asOf.getYear() - 1))).as("year"));
		Dataset<Row> filed = annualReports.groupBy("institution_code", "regime", "year")
			.agg(functions.min_by(col("filing_id"), col("reported_at")).as("filing_id"),
					functions.min("reported_at").as("filed_at"));
		java.time.Instant cutOff = cutOff(asOf);
		Column late = col("filed_at").gt(col("due_at"));
		return owed.join(dueDates, new String[] { "regime", "year" }, "inner")
			.join(filed, new String[] { "institution_code", "regime", "year" }, "left")
			.withColumn("verdict",
					when(col("filed_at").isNotNull().and(late), lit("LATE"))
						.when(col("filed_at").isNotNull(), lit("ON_TIME"))
						.when(lit(cutOff).gt(col("due_at")), lit("MISSING"))
						.otherwise(lit("PENDING")))
			.withColumn("late_minutes",
					when(late,
							functions.floor(col("filed_at").cast("long").minus(col("due_at").cast("long")).divide(60))
								.cast("long")))
			.withColumn("as_of", lit(asOf))
			.withColumn("source_versions", sourceVersions)
			.select("institution_code", "institution_name", "sector", "province", "regime", "year", "rule_id", "due_at",
					"filing_id", "filed_at", "verdict", "late_minutes", "as_of", "source_versions");
	}

	/**
	 * {@link #lateness} of the incidents with a report filed late or missing only: the
	 * rows of {@code lateness} whose {@code late} is true. An incident absent from it had
	 * every binding report on time or still pending (not late, no late or missing
	 * filings). At a million incidents this is about one in five of the checked ones.
	 * @param checks {@code gold/deadline_checks} rows
	 * @return {@code case_id, late, late_minutes, missing_reports, late_filings,
	 * missing_filings}
	 */
	public static Dataset<Row> lateIncidents(Dataset<Row> checks) {
		// late_minutes is set on LATE rows only, so its maximum is the same
		return lateness(checks.where(col("verdict").isin("LATE", "MISSING")));
	}

	/**
	 * Per incident: whether any binding deadline was missed (filed late or missing), by
	 * how many minutes at most, and whether a report is missing.
	 * @param checks {@code gold/deadline_checks} rows
	 * @return {@code case_id, late, late_minutes, missing_reports, late_filings,
	 * missing_filings}
	 */
	public static Dataset<Row> lateness(Dataset<Row> checks) {
		Column lateRow = col("verdict").equalTo("LATE");
		Column missingRow = col("verdict").equalTo("MISSING");
		return checks.groupBy("case_id")
			.agg(functions.max(lateRow.or(missingRow)).as("late"), functions.max("late_minutes").as("late_minutes"),
					functions.max(missingRow).as("missing_reports"),
					functions.sum(when(lateRow, 1).otherwise(0)).cast("long").as("late_filings"),
					functions.sum(when(missingRow, 1).otherwise(0)).cast("long").as("missing_filings"));
	}

}
