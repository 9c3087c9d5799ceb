package dev.watchtower.analytics.incidents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.Snapshot;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.jspecify.annotations.Nullable;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

/**
 * Report stages to incidents, without I/O: which rows are usable, which incidents a batch
 * of new rows touches, and one row per incident from all its stages.
 */
public final class IncidentsTransforms {

	/** The stages in filing order. */
	static final List<String> STAGES = List.of("BRIEF", "INITIAL", "PROGRESS", "FINAL");

	/** Longest stage summary kept in the stage chain (from the narrative). */
	static final int SUMMARY_LENGTH = 300;

	private static final Set<String> LEVELS = Set.of(Levels.NAMES);

	private IncidentsTransforms() {
	}

	/**
	 * Why a report row cannot be used, or null when it can: the columns every incident
	 * needs must be present and the stage and level must be known values. The first check
	 * that fails gives the reason; the checks are one flat {@code coalesce}, each column
	 * tested once per row (a chain of {@code when(reason is null ...).otherwise(reason)}
	 * doubles the expression with every check).
	 * @return the reason column ({@code rule: message})
	 */
	static Column rejectionReason() {
		List<Column> checks = new ArrayList<>();
		String[] required = { "institution_code", "incident_id", "filing_id", "occurred_at", "detected_at",
				"reported_at", "category" };
		for (String field : required) {
			checks.add(when(col(field).isNull(), lit("incidents.required: " + field + " is missing")));
		}
		checks.add(when(functions.not(coalesce(col("stage").isin(STAGES.toArray()), lit(false))),
				functions.concat(lit("incidents.stage: stage must be one of " + STAGES + ", found '"),
						coalesce(col("stage"), lit("null")), lit("'"))));
		checks.add(when(functions.not(coalesce(col("self_assessed_level").isin(LEVELS.toArray()), lit(false))),
				functions.concat(lit("incidents.level: self_assessed_level must be one of " + LEVELS + ", found '"),
						coalesce(col("self_assessed_level"), lit("null")), lit("'"))));
		checks.add(when(coalesce(size(col("regimes")), lit(0)).leq(0),
				lit("incidents.regimes: regimes must not be empty")));
		return coalesce(checks.toArray(Column[]::new));
	}

	/**
	 * One pass over narrow columns of the rows a run takes in, before the incidents are
	 * built: their latest {@code received_at} (the next high-water mark, kept for the
	 * record) and how many of them cannot be used. Parquet decodes only the columns these
	 * need, so the wide pass that keeps each rejected row as JSON ({@link #rejected})
	 * runs only when there is one.
	 * @param reports the report rows the run takes in (all of them on a full run, the
	 * rows new to the table otherwise)
	 * @return one row: {@code high_water} (timestamp, null when no row is taken in),
	 * {@code unusable} (long)
	 */
	public static Dataset<Row> survey(Dataset<Row> reports) {
		return reports.agg(max("received_at").as("high_water"),
				functions.count(when(rejectionReason().isNotNull(), lit(1))).as("unusable"));
	}

	/**
	 * No rejected rows, in the shape of {@link #rejected}.
	 * @param reports report rows
	 * @return an empty frame
	 */
	public static Dataset<Row> noneRejected(Dataset<Row> reports) {
		return reports.sparkSession().createDataFrame(List.of(), rejected(reports).schema());
	}

	/**
	 * The rows that cannot be used, with their reason and the row as JSON.
	 * @param reports report rows
	 * @return {@code institution_code, incident_id, filing_id, rule, message, payload}
	 */
	public static Dataset<Row> rejected(Dataset<Row> reports) {
		return reports.withColumn("_payload", functions.to_json(struct(col("*"))))
			.withColumn("_reason", rejectionReason())
			.where(col("_reason").isNotNull())
			.select(col("institution_code"), col("incident_id"), col("filing_id"),
					functions.substring_index(col("_reason"), ":", 1).as("rule"),
					functions.trim(functions.expr("substring(_reason, instr(_reason, ':') + 1)")).as("message"),
					col("_payload").as("payload"));
	}

	/**
	 * The usable rows.
	 * @param reports report rows
	 * @return the rows without a rejection reason
	 */
	public static Dataset<Row> usable(Dataset<Row> reports) {
		return reports.where(rejectionReason().isNull());
	}

	/**
	 * The report rows received since the last run, from the rows of the files written
	 * since: without those a DELETE or MERGE carried over into a rewritten file (their
	 * filing version was taken out in the same commits).
	 * @param written rows of the files written since the last run
	 * @param removed rows taken out since, or {@code null} when none was
	 * @return the rows received
	 */
	public static Dataset<Row> received(Dataset<Row> written, @Nullable Dataset<Row> removed) {
		if (removed == null) {
			return written;
		}
		Dataset<Row> old = removed.select(col("institution_code").as("_institution"), col("filing_id").as("_filing"),
				col("version").as("_version"));
		return written.join(old,
				written.col("institution_code")
					.eqNullSafe(old.col("_institution"))
					.and(written.col("filing_id").eqNullSafe(old.col("_filing")))
					.and(written.col("version").eqNullSafe(old.col("_version"))),
				"left_anti");
	}

	/**
	 * The incidents that new or removed report rows belong to.
	 * @param added report rows new to the table
	 * @param removed report rows taken out of it, or {@code null} when none was
	 * @return distinct {@code institution_code, incident_id}
	 */
	public static Dataset<Row> touchedIncidents(Dataset<Row> added, @Nullable Dataset<Row> removed) {
		Dataset<Row> keys = added.select("institution_code", "incident_id");
		if (removed != null) {
			keys = keys.unionByName(removed.select("institution_code", "incident_id"));
		}
		return keys.where(col("institution_code").isNotNull().and(col("incident_id").isNotNull())).distinct();
	}

	/**
	 * One row per incident from all its usable stages.
	 * @param reports the usable report rows of the incidents to build
	 * @param reportsVersion the version of {@code silver/incident_reports} they come
	 * from: the {@code reports_version} of every row built, by which the jobs downstream
	 * find the incidents rebuilt since they last ran (ADR 28)
	 * @return the rows of {@code silver/incidents}
	 */
	public static Dataset<Row> incidents(Dataset<Row> reports, long reportsVersion) {
		Column sourceVersions = Snapshot.versionsColumn(Map.of(LakeTable.INCIDENT_REPORTS.path(), reportsVersion));
		Column stageOrder = functions
			.array_position(functions.array(STAGES.stream().map(functions::lit).toArray(Column[]::new)), col("stage"));
		Dataset<Row> stages = reports.withColumn("stage_order", stageOrder.cast("int"));
		Column order = struct(col("reported_at"), col("stage_order"), col("version"), col("filing_id"));
		Column stage = struct(col("reported_at"), col("stage_order"), col("filing_id"), col("version"), col("stage"),
				col("occurred_at"), col("detected_at"), col("recovered_at"), col("regimes"),
				coalesce(col("financial_infrastructure"), lit(false)).as("financial_infrastructure"),
				col("self_assessed_level"), col("computed_level"),
				coalesce(col("under_graded"), lit(false)).as("under_graded"), col("title"),
				functions.substring(col("narrative"), 1, SUMMARY_LENGTH).as("summary"));
		Column latest = struct(col("*"));
		Dataset<Row> grouped = stages.groupBy("institution_code", "incident_id")
			.agg(sort_array(collect_list(stage)).as("stages"), functions.max_by(latest, order).as("latest"),
					min("reported_at").as("first_reported_at"), max("reported_at").as("last_reported_at"),
					max("recovered_at").as("any_recovered_at"), max("received_at").as("updated_at"),
					array_sort(array_distinct(flatten(collect_list("regimes")))).as("regimes"),
					array_sort(array_distinct(flatten(collect_list(coalesce(col("vendors"), functions.array())))))
						.as("vendors"),
					array_sort(array_distinct(flatten(collect_list(coalesce(col("cves"), functions.array())))))
						.as("cves"),
					max(col("stage").equalTo("FINAL")).as("closed"));
		Column recovered = coalesce(col("latest.recovered_at"), col("any_recovered_at"));
		Column effective = Levels.mostSevere(col("latest.self_assessed_level"), col("latest.computed_level"));
		return grouped.select(functions.concat_ws(":", col("institution_code"), col("incident_id")).as("case_id"),
				col("institution_code"), col("incident_id"), col("latest.institution_name").as("institution_name"),
				col("latest.sector").as("sector"), col("latest.province").as("province"), col("regimes"),
				col("latest.category").as("category"), col("latest.subcategory").as("subcategory"),
				col("latest.cause").as("cause"), col("latest.stage").as("latest_stage"),
				when(col("closed"), lit("CLOSED")).otherwise(lit("OPEN")).as("status"),
				size(col("stages")).as("stage_count"), col("latest.occurred_at").as("occurred_at"),
				col("latest.detected_at").as("detected_at"), col("first_reported_at"), col("last_reported_at"),
				recovered.as("recovered_at"), col("latest.self_assessed_level").as("self_assessed_level"),
				col("latest.computed_level").as("computed_level"), effective.as("effective_level"),
				Levels.rank(col("latest.self_assessed_level"))
					.lt(Levels.rank(col("latest.computed_level")))
					.as("under_graded"),
				col("latest.grades").as("grades"),
				minutes(col("latest.occurred_at"), col("latest.detected_at")).as("detect_minutes"),
				minutes(col("latest.detected_at"), col("first_reported_at")).as("report_minutes"),
				minutes(col("latest.occurred_at"), recovered).as("recover_minutes"),
				col("latest.outage_minutes").as("outage_minutes"),
				col("latest.persons_affected").as("persons_affected"),
				col("latest.organizations_affected").as("organizations_affected"),
				col("latest.personal_records_leaked").as("personal_records_leaked"),
				col("latest.sensitive_records_leaked").as("sensitive_records_leaked"),
				col("latest.serves_persons").as("serves_persons"),
				col("latest.economic_loss_yuan").as("economic_loss_yuan"),
				col("latest.financial_infrastructure").as("financial_infrastructure"),
				col("latest.provinces_affected").as("provinces_affected"),
				col("latest.systems_affected").as("systems_affected"), col("vendors"), col("cves"),
				col("latest.data_level").as("data_level"), col("latest.title").as("title"),
				col("latest.narrative").as("narrative"), col("latest.measures").as("measures"),
				col("latest.contact_name").as("contact_name"), col("latest.contact_phone").as("contact_phone"),
				col("stages"), col("updated_at"), lit(reportsVersion).as("reports_version"),
				sourceVersions.as("source_versions"));
	}

	private static Column minutes(Column from, Column to) {
		return functions.floor(to.cast("long").minus(from.cast("long")).divide(60)).cast("long");
	}

	/**
	 * The key condition of the MERGE into {@code silver/incidents}.
	 * @return the condition, target alias {@code t}, source alias {@code s}
	 */
	static String mergeCondition() {
		return "t.institution_code = s.institution_code AND t.incident_id = s.incident_id";
	}

}
