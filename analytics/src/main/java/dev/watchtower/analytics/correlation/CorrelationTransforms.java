package dev.watchtower.analytics.correlation;

import java.time.LocalDate;
import java.util.List;

import dev.watchtower.analytics.deadlines.DeadlinesTransforms;
import dev.watchtower.analytics.rules.AnalyticsRules;
import dev.watchtower.analytics.spark.Sessions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

import static dev.watchtower.analytics.spark.Aggregates.distinctCount;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;

/**
 * Correlations without I/O. Groups are session windows: incidents sharing a key belong to
 * one group while no more than the window separates consecutive ones, so a group's id
 * (kind, key, first occurrence) stays stable as later incidents join it.
 */
public final class CorrelationTransforms {

	/** The annual-report line of all incidents, whatever their level. */
	private static final String TOTAL = "TOTAL";

	private CorrelationTransforms() {
	}

	/**
	 * Incidents of at least {@code minimumInstitutions} institutions sharing a vendor (or
	 * product) or a CVE within the shared window; CVE groups carry their KEV entry.
	 * @param incidents {@code silver/incidents} ({@code case_id, institution_code,
	 * occurred_at, vendors, cves})
	 * @param kev the KEV catalogue ({@link KevCatalogue#SCHEMA})
	 * @param rules the rules
	 * @param asOf the as-of day
	 * @return correlation rows
	 */
	public static Dataset<Row> shared(Dataset<Row> incidents, Dataset<Row> kev, AnalyticsRules rules, LocalDate asOf) {
		Dataset<Row> upToDate = occurredBy(incidents, asOf);
		Dataset<Row> byVendor = upToDate
			.select(col("case_id"), col("institution_code"), col("occurred_at"),
					functions.explode(col("vendors")).as("label"))
			.withColumn("kind", lit("VENDOR"))
			.withColumn("key", functions.lower(functions.trim(col("label"))));
		Dataset<Row> byCve = upToDate
			.select(col("case_id"), col("institution_code"), col("occurred_at"),
					functions.explode(col("cves")).as("label"))
			.withColumn("kind", lit("CVE"))
			.withColumn("key", functions.upper(functions.trim(col("label"))));
		int days = rules.correlation().sharedWindowDays();
		Dataset<Row> groups = Sessions
			.number(byVendor.unionByName(byCve).where(functions.length(col("key")).gt(0)), List.of("kind", "key"),
					"occurred_at", days, "session")
			.groupBy(col("kind"), col("key"), col("session"))
			.agg(functions.min("label").as("label"),
					sort_array(collect_set("institution_code")).as("institution_codes"),
					sort_array(collect_set("case_id")).as("case_ids"),
					functions.min("occurred_at").as("first_occurred_at"),
					functions.max("occurred_at").as("last_occurred_at"))
			.withColumn("institution_count", distinctCount("institution_codes"))
			.withColumn("incident_count", distinctCount("case_ids"))
			.withColumn("window_end", Sessions.end(col("last_occurred_at"), days))
			.drop("session")
			.where(col("institution_count").geq(rules.correlation().minimumInstitutions()));
		Dataset<Row> kevByCve = kev.select(col("cve").as("kev_cve"), col("vendor_project").as("kev_vendor"),
				col("product").as("kev_product"), col("vulnerability_name").as("kev_name"),
				col("date_added").as("kev_date_added"), col("ransomware").as("kev_ransomware"));
		return groups.join(kevByCve, col("kind").equalTo("CVE").and(col("key").equalTo(col("kev_cve"))), "left")
			.withColumn("kev", col("kev_cve").isNotNull())
			.withColumn("details", functions.map(lit("window_days"), lit(String.valueOf(days))))
			.drop("kev_cve");
	}

	/**
	 * Recurring incidents: one institution, the same category and cause, consecutive
	 * occurrences no more than the recurrence window apart.
	 * @param incidents {@code silver/incidents}
	 * @param rules the rules
	 * @param asOf the as-of day
	 * @return correlation rows
	 */
	public static Dataset<Row> recurrences(Dataset<Row> incidents, AnalyticsRules rules, LocalDate asOf) {
		int days = rules.correlation().recurrenceWindowDays();
		return Sessions
			.number(occurredBy(incidents, asOf), List.of("institution_code", "category", "cause"), "occurred_at", days,
					"session")
			.groupBy(col("institution_code"), col("category"), col("cause"), col("session"))
			.agg(sort_array(collect_set("case_id")).as("case_ids"),
					functions.min("occurred_at").as("first_occurred_at"),
					functions.max("occurred_at").as("last_occurred_at"))
			.withColumn("incident_count", distinctCount("case_ids"))
			.where(col("incident_count").geq(2))
			.select(lit("RECURRENCE").as("kind"),
					functions.concat_ws("/", col("institution_code"), col("category"), col("cause")).as("key"),
					functions.concat_ws("/", col("category"), col("cause")).as("label"),
					lit(1L).as("institution_count"), col("incident_count"),
					functions.array(col("institution_code")).as("institution_codes"), col("case_ids"),
					col("first_occurred_at"), col("last_occurred_at"),
					functions.map(lit("window_days"), lit(String.valueOf(days))).as("details"),
					Sessions.end(col("last_occurred_at"), days).as("window_end"));
	}

	/**
	 * Annual reports contradicted by filings: for a regime and year, more incidents filed
	 * at a level (self-assessed, the institution's own count) or in total than the annual
	 * report declares.
	 * @param incidents {@code silver/incidents}
	 * @param annualReports {@code silver/annual_reports}
	 * @return correlation rows
	 */
	public static Dataset<Row> annualMismatches(Dataset<Row> incidents, Dataset<Row> annualReports) {
		Dataset<Row> filed = incidents.select(col("case_id"), col("institution_code"),
				functions.explode(col("regimes")).as("regime"), functions.year(col("occurred_at")).as("year"),
				col("self_assessed_level").as("level"), col("occurred_at"));
		String[] line = { "institution_code", "regime", "year" };
		String[] keys = { "institution_code", "regime", "year", "level" };
		Dataset<Row> declared = annualReports
			.select(col("institution_code"), col("regime"), col("year"),
					functions.explode(functions.map(lit(TOTAL), col("incidents_total"), lit("EXTRAORDINARY"),
							col("incidents_extraordinary"), lit("MAJOR"), col("incidents_major"), lit("LARGE"),
							col("incidents_large"), lit("GENERAL"), col("incidents_general"))))
			.withColumnRenamed("key", "level")
			.withColumnRenamed("value", "declared")
			.where(col("declared").isNotNull());
		// counted first (per level, and the totals from those counts): the incidents
		// are collected only for the few contradicted lines
		Dataset<Row> perLevel = filed.groupBy(keys[0], keys[1], keys[2], keys[3])
			.agg(functions.count(lit(1)).as("filed"));
		Dataset<Row> totals = perLevel.groupBy(line[0], line[1], line[2])
			.agg(functions.sum("filed").as("filed"))
			.withColumn("level", lit(TOTAL));
		Dataset<Row> contradicted = perLevel.unionByName(totals)
			.join(declared, keys, "inner")
			.where(col("filed").gt(col("declared")))
			.withColumnRenamed("level", "line_level");
		// broadcast: a filed incident is matched to its lines where it is read, instead
		// of every incident (twice, for its level and the total) being shuffled to meet
		// a handful of lines
		return filed.join(functions.broadcast(contradicted), line, "inner")
			.where(col("line_level").equalTo(col("level")).or(col("line_level").equalTo(TOTAL)))
			.groupBy(col(line[0]), col(line[1]), col(line[2]), col("line_level").as("level"), col("filed"),
					col("declared"))
			.agg(sort_array(collect_set("case_id")).as("case_ids"),
					functions.min("occurred_at").as("first_occurred_at"),
					functions.max("occurred_at").as("last_occurred_at"))
			.select(lit("ANNUAL_MISMATCH").as("kind"),
					functions.concat_ws("/", col("institution_code"), col("regime"), col("year"), col("level"))
						.as("key"),
					functions.concat_ws(" ", col("regime"), col("year"), col("level")).as("label"),
					lit(1L).as("institution_count"), functions.size(col("case_ids")).cast("long").as("incident_count"),
					functions.array(col("institution_code")).as("institution_codes"), col("case_ids"),
					col("first_occurred_at"), col("last_occurred_at"),
					functions
						.map(lit("regime"), col("regime"), lit("year"), col("year").cast("string"), lit("level"),
								col("level"), lit("declared"), col("declared").cast("string"), lit("filed"),
								col("filed").cast("string"))
						.as("details"),
					lit(null).cast("timestamp").as("window_end"));
	}

	/**
	 * All correlations in one shape, with deterministic ids.
	 * @param shared {@link #shared}
	 * @param recurrences {@link #recurrences}
	 * @param mismatches {@link #annualMismatches}
	 * @param rules the rules
	 * @param asOf the as-of day
	 * @param sourceVersions the {@code source_versions} value
	 * @return the {@code gold/correlations} rows
	 */
	public static Dataset<Row> correlations(Dataset<Row> shared, Dataset<Row> recurrences, Dataset<Row> mismatches,
			AnalyticsRules rules, LocalDate asOf, Column sourceVersions) {
		Dataset<Row> all = shared.unionByName(recurrences, true).unionByName(mismatches, true);
		Column id = functions.concat(functions.lower(col("kind")), lit(":"),
				functions.substring(
						functions.sha2(functions.concat_ws("|", col("kind"), col("key"),
								functions.date_format(col("first_occurred_at"), "yyyy-MM-dd'T'HH:mm:ss")), 256),
						1, 16));
		return all.withColumn("correlation_id", id)
			.withColumn("kev", functions.coalesce(col("kev"), lit(false)))
			.withColumn("rules_version", lit(rules.version()))
			.withColumn("as_of", lit(asOf))
			.withColumn("source_versions", sourceVersions)
			.select("correlation_id", "kind", "key", "label", "institution_count", "incident_count",
					"institution_codes", "case_ids", "first_occurred_at", "last_occurred_at", "window_end", "kev",
					"kev_vendor", "kev_product", "kev_name", "kev_date_added", "kev_ransomware", "details",
					"rules_version", "as_of", "source_versions");
	}

	/**
	 * Every incident CVE that is in the KEV catalogue.
	 * @param incidents {@code silver/incidents}
	 * @param kev the catalogue
	 * @param catalogVersion the catalogue version
	 * @param sourceVersions the {@code source_versions} value
	 * @return {@code case_id, institution_code, cve, kev_*}
	 */
	public static Dataset<Row> kevMatches(Dataset<Row> incidents, Dataset<Row> kev, String catalogVersion,
			Column sourceVersions) {
		return incidents
			.select(col("case_id"), col("institution_code"), col("occurred_at"),
					functions.explode(functions.transform(col("cves"), (cve) -> functions.upper(functions.trim(cve))))
						.as("cve"))
			.join(kev, new String[] { "cve" }, "inner")
			.withColumn("catalog_version", lit(catalogVersion))
			.withColumn("source_versions", sourceVersions);
	}

	private static Dataset<Row> occurredBy(Dataset<Row> incidents, LocalDate asOf) {
		return incidents.where(col("occurred_at").lt(lit(DeadlinesTransforms.cutOff(asOf))));
	}

}
