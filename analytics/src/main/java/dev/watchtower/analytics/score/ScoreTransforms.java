package dev.watchtower.analytics.score;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.watchtower.analytics.deadlines.DeadlinesTransforms;
import dev.watchtower.analytics.rules.AnalyticsRules;
import dev.watchtower.analytics.run.JobSettings;
import dev.watchtower.analytics.situation.PostureTransforms;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;

/**
 * Institution risk scores without I/O: each factor's value is capped, scaled to 0..1 and
 * weighted; the score is the weighted mean on a 0-100 scale, and every factor is kept
 * with its value and contribution so the score explains itself.
 */
public final class ScoreTransforms {

	/** The factors this code knows how to measure. */
	static final Set<String> FACTORS = Set.of("INCIDENTS", "SEVERE_INCIDENTS", "LATE_RATE", "UNDER_GRADING_RATE",
			"KEV_EXPOSURE", "RECURRENCE", "ANNUAL_REPORTING");

	private ScoreTransforms() {
	}

	/**
	 * The value of every factor per institution.
	 * @param facts {@link PostureTransforms#incidentFacts} over all incidents
	 * @param kevMatches {@code gold/kev_matches}
	 * @param correlations {@code gold/correlations}
	 * @param annualChecks {@code gold/annual_report_checks}
	 * @param rules the rules
	 * @param asOf the as-of day
	 * @return {@code institution_code, sector, size_band,} one column per factor
	 */
	public static Dataset<Row> factorValues(Dataset<Row> facts, Dataset<Row> kevMatches, Dataset<Row> correlations,
			Dataset<Row> annualChecks, AnalyticsRules rules, LocalDate asOf) {
		int windowDays = rules.score().windowDays();
		java.time.Instant from = asOf.minusDays(windowDays - 1L).atStartOfDay(JobSettings.CHINA).toInstant();
		java.time.Instant cutOff = DeadlinesTransforms.cutOff(asOf);
		Dataset<Row> institutions = facts.select("institution_code").distinct();
		Dataset<Row> figures = PostureTransforms.institutionFigures(facts, asOf, windowDays, rules);
		Dataset<Row> kev = kevMatches.where(col("occurred_at").geq(lit(from)).and(col("occurred_at").lt(lit(cutOff))))
			.groupBy("institution_code")
			.agg(countDistinct("case_id").as("kev_incidents"));
		Dataset<Row> recurrences = correlations.where(col("kind").equalTo("RECURRENCE"))
			.where(col("last_occurred_at").geq(lit(from)))
			.select(functions.explode(col("institution_codes")).as("institution_code"))
			.groupBy("institution_code")
			.agg(functions.count(lit(1)).as("recurrences"));
		Dataset<Row> mismatches = correlations.where(col("kind").equalTo("ANNUAL_MISMATCH"))
			.where(col("details").getItem("year").cast("int").geq(asOf.getYear() - 1))
			.select(functions.explode(col("institution_codes")).as("institution_code"));
		Dataset<Row> annual = annualChecks.where(col("verdict").isin("LATE", "MISSING"))
			.where(col("due_at").geq(lit(from)).and(col("due_at").lt(lit(cutOff))))
			.select("institution_code")
			.unionByName(mismatches)
			.groupBy("institution_code")
			.agg(functions.count(lit(1)).as("annual_problems"));
		Column incidents = coalesce(col("incidents"), lit(0L));
		return institutions.join(figures, new String[] { "institution_code" }, "left")
			.join(kev, new String[] { "institution_code" }, "left")
			.join(recurrences, new String[] { "institution_code" }, "left")
			.join(annual, new String[] { "institution_code" }, "left")
			.select(col("institution_code"), coalesce(col("size_band"), lit("UNKNOWN")).as("size_band"),
					incidents.cast("double").as("INCIDENTS"),
					coalesce(col("severe_incidents"), lit(0L)).cast("double").as("SEVERE_INCIDENTS"),
					ratio(col("late_incidents"), incidents).as("LATE_RATE"),
					ratio(col("under_graded"), incidents).as("UNDER_GRADING_RATE"),
					coalesce(col("kev_incidents"), lit(0L)).cast("double").as("KEV_EXPOSURE"),
					coalesce(col("recurrences"), lit(0L)).cast("double").as("RECURRENCE"),
					coalesce(col("annual_problems"), lit(0L)).cast("double").as("ANNUAL_REPORTING"));
	}

	private static Column ratio(Column part, Column whole) {
		return functions.when(whole.gt(0), coalesce(part, lit(0L)).divide(whole)).otherwise(lit(0.0));
	}

	/**
	 * {@code gold/institution_scores}.
	 * @param values {@link #factorValues}
	 * @param who {@code institution_code, institution_name, sector, province}
	 * @param rules the rules
	 * @param asOf the as-of day
	 * @param sourceVersions the {@code source_versions} value
	 * @return one row per institution
	 */
	public static Dataset<Row> scores(Dataset<Row> values, Dataset<Row> who, AnalyticsRules rules, LocalDate asOf,
			Column sourceVersions) {
		List<Column> factors = new ArrayList<>();
		Column points = lit(0.0);
		double totalWeight = rules.score().factors().stream().mapToDouble(AnalyticsRules.Factor::weight).sum();
		for (AnalyticsRules.Factor factor : rules.score().factors()) {
			if (!FACTORS.contains(factor.factor())) {
				throw new IllegalArgumentException("Unknown score factor " + factor.factor() + " in rules "
						+ rules.version() + "; known: " + FACTORS);
			}
			Column value = col(factor.factor());
			Column scaled = functions.least(value.divide(factor.cap()), lit(1.0));
			Column contribution = functions.round(scaled.multiply(100.0 * factor.weight() / totalWeight), 2);
			points = points.plus(contribution);
			factors.add(functions.struct(lit(factor.factor()).as("factor"), functions.round(value, 4).as("value"),
					lit(factor.cap()).as("cap"), lit(factor.weight()).as("weight"), contribution.as("points"),
					lit(factor.en()).as("explanation_en"), lit(factor.zh()).as("explanation_zh")));
		}
		Dataset<Row> scored = values.join(who, new String[] { "institution_code" }, "left")
			.withColumn("score", functions.round(points, 1))
			.withColumn("factors", functions.array(factors.toArray(Column[]::new)));
		return scored
			.withColumn("sector_rank",
					functions.rank()
						.over(Window.partitionBy("sector").orderBy(col("score").desc(), col("institution_code"))))
			.withColumn("sector_institutions", functions.count(lit(1)).over(Window.partitionBy("sector")))
			.withColumn("window_days", lit(rules.score().windowDays()))
			.withColumn("rules_version", lit(rules.version()))
			.withColumn("as_of", lit(asOf))
			.withColumn("source_versions", sourceVersions)
			.select("institution_code", "institution_name", "sector", "province", "size_band", "score", "factors",
					"sector_rank", "sector_institutions", "window_days", "rules_version", "as_of", "source_versions");
	}

	/**
	 * The latest name, sector and province of every institution in the incidents.
	 * @param incidents {@code silver/incidents}
	 * @return {@code institution_code, institution_name, sector, province}
	 */
	public static Dataset<Row> institutions(Dataset<Row> incidents) {
		return incidents.groupBy("institution_code")
			.agg(functions.max_by(functions.struct("institution_name", "sector", "province"), col("updated_at"))
				.as("who"))
			.select(col("institution_code"), col("who.institution_name"), col("who.sector"), col("who.province"));
	}

}
