package dev.watchtower.analytics.serving;

import java.util.Map;

import dev.watchtower.analytics.deadlines.DeadlinesTransforms;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.jspecify.annotations.Nullable;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

/**
 * Documents of the serving indexes, without I/O. Every document is
 * {@code doc_id, json, doc_hash}; the hash covers the content but not the bookkeeping
 * fields ({@code sourceVersions}, {@code asOf}) so a rerun that changes nothing reindexes
 * nothing.
 */
public final class ServingTransforms {

	/** JSON options: instants with their offset, as the mappings' date fields expect. */
	static final Map<String, String> JSON = Map.of("timestampFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "dateFormat",
			"yyyy-MM-dd", "ignoreNullFields", "true");

	/**
	 * Most related case ids a case document lists (a hot vendor's group can hold
	 * thousands; the full lists are in {@code gold/correlations}).
	 */
	static final int RELATED_CASES_MAX = 100;

	private ServingTransforms() {
	}

	/**
	 * One {@code watchtower-cases} document per incident: its stages as a timeline, the
	 * clocks of every regime, the grading explanation, correlations and KEV CVEs.
	 * @param incidents {@code silver/incidents}
	 * @param checks {@code gold/deadline_checks}
	 * @param correlations {@code gold/correlations}
	 * @param kevMatches {@code gold/kev_matches}
	 * @param sourceVersions the versions of those tables
	 * @return {@code doc_id, json, doc_hash}
	 */
	public static Dataset<Row> caseDocuments(Dataset<Row> incidents, Dataset<Row> checks, Dataset<Row> correlations,
			Dataset<Row> kevMatches, Column sourceVersions) {
		Dataset<Row> clocks = checks.where(col("verdict").notEqual(DeadlinesTransforms.UNCHECKABLE))
			.groupBy("case_id")
			.agg(sort_array(collect_list(struct(col("due_at").as("dueAt"), col("regime"), col("rule_id").as("ruleId"),
					col("filing"), col("filed_at").as("filedAt"), col("verdict"), col("late_minutes").as("lateMinutes"),
					lit(true).as("binding"))))
				.as("clocks"));
		Dataset<Row> lateness = DeadlinesTransforms.lateness(checks);
		Dataset<Row> links = correlations
			.select(col("correlation_id"), col("case_ids"), functions.explode(col("case_ids")).as("case_id"))
			.groupBy("case_id")
			.agg(sort_array(functions.collect_set("correlation_id")).as("correlation_ids"),
					sort_array(functions.array_distinct(functions.flatten(collect_list("case_ids")))).as("linked"));
		Dataset<Row> kev = kevMatches.groupBy("case_id").agg(sort_array(functions.collect_set("cve")).as("kev_cves"));
		Dataset<Row> joined = incidents.join(clocks, new String[] { "case_id" }, "left")
			.join(lateness, new String[] { "case_id" }, "left")
			.join(links, new String[] { "case_id" }, "left")
			.join(kev, new String[] { "case_id" }, "left");
		Column timeline = functions.transform(col("stages"), (stage) -> {
			Column answered = functions.filter(coalesce(col("clocks"), functions.array()),
					(clock) -> clock.getField("filedAt").equalTo(stage.getField("reported_at")));
			return struct(stage.getField("filing_id").as("filingId"), stage.getField("version").as("version"),
					stage.getField("stage").as("stage"), stage.getField("reported_at").as("reportedAt"),
					functions.array_min(functions.transform(answered, (clock) -> clock.getField("dueAt"))).as("dueAt"),
					functions.exists(answered, (clock) -> clock.getField("verdict").equalTo("LATE")).as("late"),
					stage.getField("self_assessed_level").as("selfAssessedLevel"),
					stage.getField("computed_level").as("computedLevel"), stage.getField("title").as("title"),
					stage.getField("summary").as("summary"));
		});
		Column related = functions.slice(
				functions.array_remove(coalesce(col("linked"), functions.array()), col("case_id")), 1,
				RELATED_CASES_MAX);
		Column content = struct(col("case_id").as("caseId"), col("incident_id").as("incidentId"),
				col("institution_code").as("institutionCode"), col("institution_name").as("institutionName"),
				col("sector"), col("province"), col("regimes"), col("category"), col("subcategory"), col("cause"),
				col("self_assessed_level").as("selfAssessedLevel"), col("computed_level").as("computedLevel"),
				col("under_graded").as("underGraded"), coalesce(col("late"), lit(false)).as("late"),
				col("latest_stage").as("latestStage"), col("occurred_at").as("occurredAt"),
				col("detected_at").as("detectedAt"), col("first_reported_at").as("reportedAt"),
				col("recovered_at").as("recoveredAt"), col("title"), col("narrative"), col("measures"), col("vendors"),
				col("cves"), col("outage_minutes").as("outageMinutes"), col("persons_affected").as("personsAffected"),
				col("economic_loss_yuan").cast("double").as("economicLossYuan"), timeline.as("timeline"),
				functions.year(col("occurred_at")).as("year"), col("status"),
				col("first_reported_at").as("firstReportedAt"), col("last_reported_at").as("lastReportedAt"),
				col("late_minutes").as("lateMinutes"),
				coalesce(col("missing_reports"), lit(false)).as("missingReports"),
				col("personal_records_leaked").as("personalRecordsLeaked"), col("data_level").as("dataLevel"),
				col("provinces_affected").as("provincesAffected"), col("systems_affected").as("systemsAffected"),
				col("contact_name").as("contactName"), col("contact_phone").as("contactPhone"),
				coalesce(col("kev_cves"), functions.array()).as("kevCves"),
				coalesce(col("correlation_ids"), functions.array()).as("correlationIds"), related.as("relatedCaseIds"),
				col("grades"), coalesce(col("clocks"), functions.array()).as("clocks"),
				col("updated_at").as("updatedAt"));
		return documents(joined, col("case_id"), content, sourceVersions);
	}

	/**
	 * One {@code watchtower-bulletins} document per bulletin (Chinese title and summary,
	 * with the English version beside them).
	 * @param bulletins {@code gold/bulletins}
	 * @return {@code doc_id, json, doc_hash}
	 */
	public static Dataset<Row> bulletinDocuments(Dataset<Row> bulletins) {
		Column content = struct(col("bulletin_id").as("bulletinId"), col("kind"), col("rule"), col("as_of").as("asOf"),
				col("window_start").as("windowStart"), col("window_end").as("windowEnd"), col("title_zh").as("title"),
				col("summary_zh").as("summary"), col("title_en").as("titleEn"), col("summary_en").as("summaryEn"),
				col("level"), col("sectors"), col("provinces"), col("categories"), col("vendors"), col("cves"),
				col("institution_codes").as("institutionCodes"), col("case_ids").as("caseIds"),
				col("institution_count").as("institutionCount"), col("incident_count").as("incidentCount"),
				col("figures"), col("breakdown"), col("suppressed_cells").as("suppressedCells"),
				col("min_institutions").as("minInstitutions"), col("rules_version").as("rulesVersion"));
		return documents(bulletins, col("bulletin_id"), content, col("source_versions"));
	}

	/**
	 * One {@code watchtower-posture} document per day cell (sums and counts, so that the
	 * portal's aggregations compute exact means and rates over any range).
	 * @param posture {@code gold/posture}
	 * @return {@code doc_id, json, doc_hash}
	 */
	public static Dataset<Row> postureDocuments(Dataset<Row> posture) {
		Dataset<Row> days = posture.where(col("period_kind").equalTo("DAY"));
		Column id = functions.concat_ws("|", functions.date_format(col("period_start"), "yyyy-MM-dd"), col("sector"),
				col("category"), coalesce(col("level"), lit("-")), col("province"));
		Column content = struct(col("period_start").as("day"), col("sector"), col("category"), col("level"),
				col("province"), col("incidents"), col("reports"), col("late_filings").as("lateReports"),
				col("under_graded").as("underGraded"), col("institutions"),
				col("institution_codes").as("institutionCodes"), col("outage_minutes").as("outageMinutes"),
				col("persons_affected").as("personsAffected"), col("records_leaked").as("recordsLeaked"),
				col("detect_minutes_sum").as("detectMinutesSum"), col("detect_count").as("detectCount"),
				col("report_minutes_sum").as("reportMinutesSum"), col("report_count").as("reportCount"),
				col("recover_minutes_sum").as("recoverMinutesSum"), col("recover_count").as("recoverCount"),
				col("late_incidents").as("lateIncidents"), col("missing_filings").as("missingReports"));
		return documents(days, id, content, col("source_versions"), col("as_of"));
	}

	/**
	 * Documents with a stable hash of their content; the bookkeeping fields are appended
	 * after hashing.
	 */
	private static Dataset<Row> documents(Dataset<Row> rows, Column id, Column content, Column sourceVersions) {
		return documents(rows, id, content, sourceVersions, null);
	}

	private static Dataset<Row> documents(Dataset<Row> rows, Column id, Column content, Column sourceVersions,
			@Nullable Column asOf) {
		Column core = functions.to_json(content, JSON);
		Dataset<Row> selected = rows.select(id.as("doc_id"), core.as("core"), sourceVersions.as("source_versions"),
				(asOf != null) ? functions.date_format(asOf, "yyyy-MM-dd").as("as_of")
						: lit(null).cast("string").as("as_of"));
		Column json = col("core").substr(lit(1), functions.length(col("core")).minus(1));
		if (asOf != null) {
			json = functions.concat(json, lit(",\"asOf\":\""), col("as_of"), lit("\""));
		}
		json = functions.concat(json, lit(",\"sourceVersions\":"), functions.to_json(col("source_versions")), lit("}"));
		return selected.select(col("doc_id"), json.as("json"), functions.sha2(col("core"), 256).as("doc_hash"));
	}

	/**
	 * What to send: documents whose hash differs from the one last indexed (all of them
	 * on a full run), and ids indexed before that no longer have a document.
	 * @param documents {@code doc_id, json, doc_hash}
	 * @param state {@code doc_id, doc_hash} of the last run for this index
	 * @param full whether to send everything
	 * @return {@code doc_id, json (null for a delete), doc_hash}
	 */
	public static Dataset<Row> changes(Dataset<Row> documents, Dataset<Row> state, boolean full) {
		Dataset<Row> upserts = full ? documents : documents
			.join(state.select(col("doc_id"), col("doc_hash").as("indexed_hash")), new String[] { "doc_id" }, "left")
			.where(col("indexed_hash").isNull().or(col("indexed_hash").notEqual(col("doc_hash"))))
			.drop("indexed_hash");
		Dataset<Row> deletes = state.select("doc_id")
			.join(documents.select("doc_id"), new String[] { "doc_id" }, "left_anti")
			.withColumn("json", lit(null).cast("string"))
			.withColumn("doc_hash", lit(null).cast("string"));
		return upserts.unionByName(deletes);
	}

}
