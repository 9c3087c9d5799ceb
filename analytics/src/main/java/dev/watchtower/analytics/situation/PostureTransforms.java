package dev.watchtower.analytics.situation;

import java.time.LocalDate;
import java.util.List;

import dev.watchtower.analytics.deadlines.DeadlinesTransforms;
import dev.watchtower.analytics.rules.AnalyticsRules;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

import static dev.watchtower.analytics.spark.Aggregates.distinctCount;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Posture aggregates and peer benchmarks without I/O. Means are kept beside their sums
 * and counts, so that coarser cells can be computed exactly from finer ones.
 */
public final class PostureTransforms {

	/** Dimensions of a posture cell besides the period. */
	static final List<String> DIMENSIONS = List.of("sector", "category", "level", "province");

	private PostureTransforms() {
	}

	/**
	 * One row per incident that occurred by the end of the as-of day, with what posture
	 * counts.
	 * @param incidents {@code silver/incidents}
	 * @param lateness {@link DeadlinesTransforms#lateness}, or only its late incidents
	 * ({@link DeadlinesTransforms#lateIncidents}): an incident without a row is not late
	 * and has no late or missing filings
	 * @param asOf the as-of day
	 * @return the facts
	 */
	public static Dataset<Row> incidentFacts(Dataset<Row> incidents, Dataset<Row> lateness, LocalDate asOf) {
		java.time.Instant cutOff = DeadlinesTransforms.cutOff(asOf);
		return incidents.where(col("occurred_at").lt(lit(cutOff)))
			.join(lateness, new String[] { "case_id" }, "left")
			.select(col("case_id"), col("institution_code"), col("sector"), col("category"),
					col("effective_level").as("level"), col("province"),
					functions.to_date(col("occurred_at")).as("day"), col("occurred_at"), col("stage_count"),
					col("outage_minutes"), col("persons_affected"),
					coalesce(col("personal_records_leaked"), lit(0L))
						.plus(coalesce(col("sensitive_records_leaked"), lit(0L)))
						.as("records_leaked"),
					col("detect_minutes"), col("report_minutes"), col("recover_minutes"),
					coalesce(col("late"), lit(false)).as("late"),
					coalesce(col("late_filings"), lit(0L)).as("late_filings"),
					coalesce(col("missing_filings"), lit(0L)).as("missing_filings"),
					coalesce(col("under_graded"), lit(false)).as("under_graded"), col("serves_persons"), col("vendors"),
					col("cves"));
	}

	/**
	 * {@code gold/posture}: cells by day and by month.
	 * @param facts {@link #incidentFacts}
	 * @param asOf the as-of day
	 * @param sourceVersions the {@code source_versions} value
	 * @return the rows
	 */
	public static Dataset<Row> posture(Dataset<Row> facts, LocalDate asOf, Column sourceVersions) {
		Dataset<Row> daily = cells(facts.withColumn("period_start", col("day")), "DAY");
		Dataset<Row> monthly = cells(facts.withColumn("period_start", functions.trunc(col("day"), "month")), "MONTH");
		return daily.unionByName(monthly).withColumn("as_of", lit(asOf)).withColumn("source_versions", sourceVersions);
	}

	private static Dataset<Row> cells(Dataset<Row> facts, String kind) {
		Column incidents = count(lit(1));
		return facts.groupBy(col("period_start"), col("sector"), col("category"), col("level"), col("province"))
			.agg(incidents.as("incidents"), sum("stage_count").cast("long").as("reports"),
					functions.sort_array(functions.collect_set("institution_code")).as("institution_codes"),
					sum("outage_minutes").as("outage_minutes"), sum("persons_affected").as("persons_affected"),
					sum("records_leaked").as("records_leaked"), sum("detect_minutes").as("detect_minutes_sum"),
					count("detect_minutes").as("detect_count"), avg("detect_minutes").as("mean_detect_minutes"),
					sum("report_minutes").as("report_minutes_sum"), count("report_minutes").as("report_count"),
					avg("report_minutes").as("mean_report_minutes"), sum("recover_minutes").as("recover_minutes_sum"),
					count("recover_minutes").as("recover_count"), avg("recover_minutes").as("mean_recover_minutes"),
					sum(when(col("late"), 1).otherwise(0)).cast("long").as("late_incidents"),
					sum("late_filings").cast("long").as("late_filings"),
					sum("missing_filings").cast("long").as("missing_filings"),
					sum(when(col("under_graded"), 1).otherwise(0)).cast("long").as("under_graded"))
			.withColumn("institutions", distinctCount("institution_codes"))
			.withColumn("late_rate", col("late_incidents").divide(col("incidents")))
			.withColumn("under_graded_rate", col("under_graded").divide(col("incidents")))
			.withColumn("period_kind", lit(kind))
			.select(col("period_kind"), col("period_start"), col("sector"), col("category"), col("level"),
					col("province"), col("incidents"), col("reports"), col("institutions"), col("institution_codes"),
					col("outage_minutes"), col("persons_affected"), col("records_leaked"), col("detect_minutes_sum"),
					col("detect_count"), col("mean_detect_minutes"), col("report_minutes_sum"), col("report_count"),
					col("mean_report_minutes"), col("recover_minutes_sum"), col("recover_count"),
					col("mean_recover_minutes"), col("late_incidents"), col("late_filings"), col("missing_filings"),
					col("under_graded"), col("late_rate"), col("under_graded_rate"));
	}

	/**
	 * The size band of an institution from the most persons its affected networks serve.
	 * @param servesPersons the column
	 * @param rules the rules (bands, smallest first)
	 * @return the band, {@code UNKNOWN} when no filing stated it
	 */
	public static Column sizeBand(Column servesPersons, AnalyticsRules rules) {
		Column band = lit("UNKNOWN");
		List<AnalyticsRules.SizeBand> bands = rules.sizeBands();
		for (int i = bands.size() - 1; i >= 0; i--) {
			AnalyticsRules.SizeBand size = bands.get(i);
			Column fits = (size.maxServesPersons() != null) ? servesPersons.leq(size.maxServesPersons())
					: servesPersons.isNotNull();
			band = when(fits, lit(size.band())).otherwise(band);
		}
		return band;
	}

	/**
	 * Per institution over the window ending on the as-of day: incidents, late and
	 * under-graded shares, mean time to report, sector and size band.
	 * @param facts {@link #incidentFacts}
	 * @param asOf the as-of day
	 * @param windowDays the window
	 * @param rules the rules
	 * @return one row per institution
	 */
	public static Dataset<Row> institutionFigures(Dataset<Row> facts, LocalDate asOf, int windowDays,
			AnalyticsRules rules) {
		LocalDate from = asOf.minusDays(windowDays - 1L);
		return facts.where(col("day").geq(lit(from)))
			.groupBy("institution_code")
			.agg(functions.max_by(col("sector"), col("occurred_at")).as("sector"),
					functions.max("serves_persons").as("serves_persons"), count(lit(1)).as("incidents"),
					sum(when(col("late"), 1).otherwise(0)).cast("long").as("late_incidents"),
					sum(when(col("under_graded"), 1).otherwise(0)).cast("long").as("under_graded"),
					sum(when(col("level").isin("MAJOR", "EXTRAORDINARY"), 1).otherwise(0)).cast("long")
						.as("severe_incidents"),
					sum("missing_filings").cast("long").as("missing_filings"),
					avg("report_minutes").as("mean_report_minutes"))
			.withColumn("size_band", sizeBand(col("serves_persons"), rules));
	}

	/**
	 * {@code gold/peer_benchmarks}: per sector and size band, figures that rest on at
	 * least k institutions; smaller groups are kept with their figures withheld.
	 * @param institutions {@link #institutionFigures}
	 * @param rules the rules (k)
	 * @param asOf the as-of day
	 * @param sourceVersions the {@code source_versions} value
	 * @return the rows
	 */
	public static Dataset<Row> peerBenchmarks(Dataset<Row> institutions, AnalyticsRules rules, LocalDate asOf,
			Column sourceVersions) {
		Column suppressed = col("institutions").lt(rules.smallCellMinimumInstitutions());
		Dataset<Row> groups = institutions.groupBy("sector", "size_band")
			.agg(count(lit(1)).as("institutions"), sum("incidents").as("incidents"),
					avg("incidents").as("incidents_per_institution"),
					functions.percentile_approx(col("incidents"), lit(0.5), lit(10_000))
						.cast("double")
						.as("incidents_p50"),
					functions.percentile_approx(col("incidents"), lit(0.9), lit(10_000))
						.cast("double")
						.as("incidents_p90"),
					sum("late_incidents").divide(sum("incidents")).as("late_rate"),
					sum("under_graded").divide(sum("incidents")).as("under_graded_rate"),
					avg("mean_report_minutes").as("mean_report_minutes"));
		String[] figures = { "incidents", "incidents_per_institution", "incidents_p50", "incidents_p90", "late_rate",
				"under_graded_rate", "mean_report_minutes" };
		Dataset<Row> out = groups.withColumn("suppressed", suppressed);
		for (String figure : figures) {
			out = out.withColumn(figure, when(suppressed, lit(null)).otherwise(col(figure)));
		}
		return out.withColumn("min_institutions", lit(rules.smallCellMinimumInstitutions()))
			.withColumn("rules_version", lit(rules.version()))
			.withColumn("as_of", lit(asOf))
			.withColumn("source_versions", sourceVersions);
	}

}
