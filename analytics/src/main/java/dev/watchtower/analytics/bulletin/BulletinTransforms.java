package dev.watchtower.analytics.bulletin;

import java.time.LocalDate;
import java.util.List;

import dev.watchtower.analytics.rules.AnalyticsRules;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

import static dev.watchtower.analytics.spark.Aggregates.distinctCount;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

/**
 * Bulletin rules without I/O. No published figure rests on fewer than k institutions: a
 * rule fires only when its headline figure has k or more, and a breakdown cell with fewer
 * is printed as withheld, without its numbers.
 */
public final class BulletinTransforms {

	private BulletinTransforms() {
	}

	/**
	 * The incidents of the current window (ending on the as-of day).
	 * @param facts {@code PostureTransforms.incidentFacts}
	 * @param rules the rules
	 * @param asOf the as-of day
	 * @return the facts in the window
	 */
	static Dataset<Row> currentWindow(Dataset<Row> facts, AnalyticsRules rules, LocalDate asOf) {
		return facts.where(col("day").between(lit(windowStart(rules, asOf)), lit(asOf)));
	}

	static LocalDate windowStart(AnalyticsRules rules, LocalDate asOf) {
		return asOf.minusDays(rules.bulletin().windowDays() - 1L);
	}

	/**
	 * CATEGORY_SPIKE: a category whose incidents in the window reach the minimum and the
	 * spike factor times its mean over the baseline windows before.
	 * @param facts all incident facts
	 * @param rules the rules
	 * @param labels names
	 * @param asOf the as-of day
	 * @return bulletin rows
	 */
	public static Dataset<Row> categorySpikes(Dataset<Row> facts, AnalyticsRules rules, BulletinLabels labels,
			LocalDate asOf) {
		AnalyticsRules.Bulletin rule = rules.bulletin();
		LocalDate start = windowStart(rules, asOf);
		LocalDate baselineStart = start.minusDays((long) rule.windowDays() * rule.baselineWindows());
		Dataset<Row> baseline = facts.where(col("day").geq(lit(baselineStart)).and(col("day").lt(lit(start))))
			.groupBy("category")
			.agg(count(lit(1)).divide(rule.baselineWindows()).as("baseline_mean"));
		Dataset<Row> current = currentWindow(facts, rules, asOf);
		Dataset<Row> fired = headline(current, "category").join(baseline, new String[] { "category" }, "left")
			.withColumn("baseline_mean", functions.coalesce(col("baseline_mean"), lit(0.0)))
			.where(col("incident_count").geq(rule.spikeMinimumIncidents())
				.and(col("incident_count").geq(col("baseline_mean").multiply(rule.spikeFactor())))
				.and(col("institution_count").geq(rules.smallCellMinimumInstitutions())))
			.join(breakdown(current, "category", "sector", rules, labels), new String[] { "category" }, "left");
		Column ratio = when(col("baseline_mean").gt(0), col("incident_count").divide(col("baseline_mean")));
		Column nameZh = labels.zh("category", col("category"));
		Column nameEn = labels.en("category", col("category"));
		Column baselineZh = when(ratio.isNotNull(),
				format_string("为前%d个周期平均水平（%.1f起）的%.1f倍", lit(rule.baselineWindows()), col("baseline_mean"), ratio))
			.otherwise(format_string("前%d个周期未报送此类事件", lit(rule.baselineWindows())));
		Column baselineEn = when(ratio.isNotNull(),
				format_string("%.1f times the mean of the previous %d windows (%.1f)", ratio,
						lit(rule.baselineWindows()), col("baseline_mean")))
			.otherwise(format_string("none in the previous %d windows", lit(rule.baselineWindows())));
		return fired.select(lit("INDUSTRY_NOTICE").as("kind"), lit("CATEGORY_SPIKE").as("rule"),
				col("category").as("key"),
				when(ratio.isNull().or(ratio.geq(2 * rule.spikeFactor())), lit("HIGH")).otherwise(lit("MEDIUM"))
					.as("level"),
				format_string("行业通报：%s数量显著上升", nameZh).as("title_zh"),
				format_string("Industry notice: sharp rise in %s incidents", functions.lower(nameEn)).as("title_en"),
				format_string("%s至%s，%d家机构报送%s%d起，%s。分行业：%s。", lit(start.toString()), lit(asOf.toString()),
						col("institution_count"), nameZh, col("incident_count"), baselineZh, col("breakdown_zh"))
					.as("summary_zh"),
				format_string("From %s to %s, %d institutions reported %d %s incidents, %s. By sector: %s.",
						lit(start.toString()), lit(asOf.toString()), col("institution_count"), col("incident_count"),
						functions.lower(nameEn), baselineEn, col("breakdown_en"))
					.as("summary_en"),
				col("sectors"), col("provinces"), functions.array(col("category")).as("categories"), col("vendors"),
				col("cves"), col("institution_codes"), col("case_ids"), col("institution_count"), col("incident_count"),
				functions
					.map(lit("incidents"), col("incident_count").cast("string"), lit("baseline_mean"),
							functions.round(col("baseline_mean"), 2).cast("string"), lit("ratio"),
							functions.round(ratio, 2).cast("string"))
					.as("figures"),
				col("breakdown"), col("suppressed_cells"));
	}

	/**
	 * VENDOR_SPREAD: a vendor or product named by incidents of at least the minimum
	 * number of institutions in the window; high when one of its CVEs is known exploited.
	 * @param facts all incident facts
	 * @param kevCves the CVEs in the KEV catalogue
	 * @param rules the rules
	 * @param labels names
	 * @param asOf the as-of day
	 * @return bulletin rows
	 */
	public static Dataset<Row> vendorSpread(Dataset<Row> facts, List<String> kevCves, AnalyticsRules rules,
			BulletinLabels labels, LocalDate asOf) {
		AnalyticsRules.Bulletin rule = rules.bulletin();
		LocalDate start = windowStart(rules, asOf);
		int minimum = Math.max(rule.vendorMinimumInstitutions(), rules.smallCellMinimumInstitutions());
		Dataset<Row> current = currentWindow(facts, rules, asOf)
			.withColumn("vendor_label", functions.explode(col("vendors")))
			.withColumn("vendor", functions.lower(functions.trim(col("vendor_label"))));
		Dataset<Row> fired = headline(current, "vendor")
			.join(current.groupBy("vendor").agg(functions.min("vendor_label").as("label")), new String[] { "vendor" })
			.where(col("institution_count").geq(minimum))
			.join(breakdown(current, "vendor", "sector", rules, labels), new String[] { "vendor" }, "left")
			.withColumn("kev_cves",
					functions.array_intersect(col("cves"),
							functions.array(kevCves.stream().map(functions::lit).toArray(Column[]::new))
								.cast("array<string>")));
		Column cvesZh = when(functions.size(col("cves")).gt(0), concat(lit("，涉及漏洞"), array_join(col("cves"), "、")))
			.otherwise(lit(""));
		Column kevZh = when(functions.size(col("kev_cves")).gt(0),
				concat(lit("，其中"), array_join(col("kev_cves"), "、"), lit("已被列入CISA已知被利用漏洞目录")))
			.otherwise(lit(""));
		Column cvesEn = when(functions.size(col("cves")).gt(0),
				concat(lit(" involving "), array_join(col("cves"), ", ")))
			.otherwise(lit(""));
		Column kevEn = when(functions.size(col("kev_cves")).gt(0), concat(lit("; "), array_join(col("kev_cves"), ", "),
				lit(" in CISA's Known Exploited Vulnerabilities catalogue")))
			.otherwise(lit(""));
		return fired.select(lit("RISK_ALERT").as("kind"), lit("VENDOR_SPREAD").as("rule"), col("vendor").as("key"),
				when(functions.size(col("kev_cves")).gt(0), lit("HIGH")).otherwise(lit("MEDIUM")).as("level"),
				format_string("风险提示：涉及“%s”的事件已波及%d家机构", col("label"), col("institution_count")).as("title_zh"),
				format_string("Risk alert: incidents involving %s at %d institutions", col("label"),
						col("institution_count"))
					.as("title_en"),
				format_string("%s至%s，%d家机构报送涉及“%s”的网络安全事件%d起%s%s。请各机构排查相关产品和版本，及时修补并加强监测。分行业：%s。",
						lit(start.toString()), lit(asOf.toString()), col("institution_count"), col("label"),
						col("incident_count"), cvesZh, kevZh, col("breakdown_zh"))
					.as("summary_zh"),
				format_string(
						"From %s to %s, %d institutions reported %d incidents involving %s%s%s. Institutions should check the affected products and versions, patch and monitor. By sector: %s.",
						lit(start.toString()), lit(asOf.toString()), col("institution_count"), col("incident_count"),
						col("label"), cvesEn, kevEn, col("breakdown_en"))
					.as("summary_en"),
				col("sectors"), col("provinces"), col("categories"), functions.array(col("label")).as("vendors"),
				col("cves"), col("institution_codes"), col("case_ids"), col("institution_count"), col("incident_count"),
				functions
					.map(lit("incidents"), col("incident_count").cast("string"), lit("institutions"),
							col("institution_count").cast("string"), lit("kev_cves"), array_join(col("kev_cves"), ","))
					.as("figures"),
				col("breakdown"), col("suppressed_cells"));
	}

	/**
	 * LATE_FILING_RATE: a sector whose share of incidents with a late or missing report
	 * in the window is above the threshold.
	 * @param facts all incident facts
	 * @param rules the rules
	 * @param labels names
	 * @param asOf the as-of day
	 * @return bulletin rows
	 */
	public static Dataset<Row> lateFiling(Dataset<Row> facts, AnalyticsRules rules, BulletinLabels labels,
			LocalDate asOf) {
		AnalyticsRules.Bulletin rule = rules.bulletin();
		LocalDate start = windowStart(rules, asOf);
		Dataset<Row> current = currentWindow(facts, rules, asOf);
		Dataset<Row> late = current.groupBy("sector")
			.agg(functions.sum(when(col("late"), 1).otherwise(0)).cast("long").as("late_incidents"));
		Column rate = col("late_incidents").divide(col("incident_count"));
		Dataset<Row> fired = headline(current, "sector").join(late, new String[] { "sector" })
			.where(col("incident_count").geq(rule.lateRateMinimumIncidents())
				.and(rate.gt(rule.lateRateThreshold()))
				.and(col("institution_count").geq(rules.smallCellMinimumInstitutions())))
			.join(breakdown(current, "sector", "province", rules, labels), new String[] { "sector" }, "left");
		Column nameZh = labels.zh("sector", col("sector"));
		Column nameEn = labels.en("sector", col("sector"));
		Column percent = functions.round(rate.multiply(100), 1);
		return fired.select(lit("INDUSTRY_NOTICE").as("kind"), lit("LATE_FILING_RATE").as("rule"),
				col("sector").as("key"),
				when(rate.geq(2 * rule.lateRateThreshold()), lit("HIGH")).otherwise(lit("MEDIUM")).as("level"),
				format_string("行业通报：%s机构迟报漏报比例偏高", nameZh).as("title_zh"),
				format_string("Industry notice: high share of late or missing reports in the %s sector", nameEn)
					.as("title_en"),
				format_string("%s至%s，%s机构（%d家）报送事件%d起，其中%d起存在迟报或漏报，占比%.1f%%，高于%.0f%%的提示阈值。分地区：%s。",
						lit(start.toString()), lit(asOf.toString()), nameZh, col("institution_count"),
						col("incident_count"), col("late_incidents"), percent, lit(rule.lateRateThreshold() * 100),
						col("breakdown_zh"))
					.as("summary_zh"),
				format_string(
						"From %s to %s, %d %s institutions reported %d incidents; %d (%.1f%%) had a late or missing report, above the %.0f%% threshold. By province: %s.",
						lit(start.toString()), lit(asOf.toString()), col("institution_count"), nameEn,
						col("incident_count"), col("late_incidents"), percent, lit(rule.lateRateThreshold() * 100),
						col("breakdown_en"))
					.as("summary_en"),
				functions.array(col("sector")).as("sectors"), col("provinces"), col("categories"), col("vendors"),
				col("cves"), col("institution_codes"), col("case_ids"), col("institution_count"), col("incident_count"),
				functions.map(lit("incidents"), col("incident_count").cast("string"), lit("late_incidents"),
						col("late_incidents").cast("string"), lit("late_rate"), functions.round(rate, 4).cast("string"))
					.as("figures"),
				col("breakdown"), col("suppressed_cells"));
	}

	private static Dataset<Row> headline(Dataset<Row> current, String key) {
		return current.groupBy(key)
			.agg(sort_array(collect_set("institution_code")).as("institution_codes"),
					sort_array(collect_set("case_id")).as("case_ids"), sort_array(collect_set("sector")).as("sectors"),
					sort_array(collect_set("province")).as("provinces"),
					sort_array(collect_set("category")).as("categories"),
					sort_array(functions.array_distinct(functions.flatten(functions.collect_list("vendors"))))
						.as("vendors"),
					sort_array(functions.array_distinct(functions.flatten(functions.collect_list("cves")))).as("cves"))
			.withColumn("institution_count", distinctCount("institution_codes"))
			.withColumn("incident_count", distinctCount("case_ids"));
	}

	/**
	 * A breakdown of the window's incidents by a dimension, with cells of fewer than k
	 * institutions withheld.
	 */
	static Dataset<Row> breakdown(Dataset<Row> current, String key, String dimension, AnalyticsRules rules,
			BulletinLabels labels) {
		int k = rules.smallCellMinimumInstitutions();
		Column suppressed = col("institutions").lt(k);
		Dataset<Row> cells = current.groupBy(key, dimension)
			.agg(countDistinct("case_id").as("incidents"), countDistinct("institution_code").as("institutions"))
			.select(col(key),
					struct(lit(dimension).as("dimension"), col(dimension).as("value"),
							labels.zh(dimension, col(dimension)).as("label_zh"),
							labels.en(dimension, col(dimension)).as("label_en"),
							when(suppressed, lit(null).cast("long")).otherwise(col("incidents")).as("incidents"),
							when(suppressed, lit(null).cast("long")).otherwise(col("institutions")).as("institutions"),
							suppressed.as("suppressed"))
						.as("cell"));
		Dataset<Row> grouped = cells.groupBy(key)
			.agg(sort_array(functions.collect_list("cell")).as("breakdown"))
			.withColumn("suppressed_cells",
					functions.size(functions.filter(col("breakdown"), (cell) -> cell.getField("suppressed"))));
		Column zh = functions.transform(col("breakdown"),
				(cell) -> when(cell.getField("suppressed"),
						concat(cell.getField("label_zh"), lit("（不足" + k + "家机构，不予披露）")))
					.otherwise(format_string("%s %d起（%d家机构）", cell.getField("label_zh"), cell.getField("incidents"),
							cell.getField("institutions"))));
		Column en = functions.transform(col("breakdown"),
				(cell) -> when(cell.getField("suppressed"),
						concat(cell.getField("label_en"), lit(" (fewer than " + k + " institutions, withheld)")))
					.otherwise(format_string("%s %d (%d institutions)", cell.getField("label_en"),
							cell.getField("incidents"), cell.getField("institutions"))));
		return grouped.withColumn("breakdown_zh", array_join(zh, "；")).withColumn("breakdown_en", array_join(en, "; "));
	}

	/**
	 * All fired rules as {@code gold/bulletins} rows with deterministic ids (rule, key,
	 * as-of day: a rerun for the same day replaces, never duplicates).
	 * @param fired the union of the rules' rows
	 * @param rules the rules
	 * @param asOf the as-of day
	 * @param sourceVersions the {@code source_versions} value
	 * @return the rows
	 */
	public static Dataset<Row> bulletins(Dataset<Row> fired, AnalyticsRules rules, LocalDate asOf,
			Column sourceVersions) {
		Column id = concat(lit("B-" + asOf.toString().replace("-", "") + "-"), functions.lower(col("rule")), lit("-"),
				functions.substring(functions.sha2(col("key"), 256), 1, 10));
		return fired.withColumn("bulletin_id", id)
			.withColumn("as_of", lit(asOf))
			.withColumn("window_start", lit(windowStart(rules, asOf)))
			.withColumn("window_end", lit(asOf))
			.withColumn("min_institutions", lit(rules.smallCellMinimumInstitutions()))
			.withColumn("rules_version", lit(rules.version()))
			.withColumn("source_versions", sourceVersions)
			.select("bulletin_id", "kind", "rule", "key", "level", "as_of", "window_start", "window_end", "title_zh",
					"title_en", "summary_zh", "summary_en", "sectors", "provinces", "categories", "vendors", "cves",
					"institution_codes", "case_ids", "institution_count", "incident_count", "figures", "breakdown",
					"suppressed_cells", "min_institutions", "rules_version", "source_versions");
	}

}
