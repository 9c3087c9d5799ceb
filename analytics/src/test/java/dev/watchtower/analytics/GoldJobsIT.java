package dev.watchtower.analytics;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

import static dev.watchtower.analytics.GoldFixture.AS_OF;
import static dev.watchtower.analytics.GoldFixture.B1;
import static dev.watchtower.analytics.GoldFixture.B2;
import static dev.watchtower.analytics.GoldFixture.B3;
import static dev.watchtower.analytics.GoldFixture.B4;
import static dev.watchtower.analytics.GoldFixture.IVANTI_CVE;
import static dev.watchtower.analytics.GoldFixture.S1;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * posture, correlations, scores and bulletins on {@link GoldFixture}: the whole chain
 * runs once, each test reads one gold table and asserts exact values.
 */
class GoldJobsIT {

	@TempDir
	static Path folder;

	static Path lake;

	static SparkSession spark;

	@BeforeAll
	static void run_the_chain() {
		spark = TestSpark.session();
		lake = GoldFixture.preparedLake(folder);
	}

	static Dataset<Row> gold(LakeTable table) {
		return spark.read().format("delta").load(Lake.at(lake).location(table));
	}

	@Test
	void posture_counts_a_day_cell_and_a_month_cell_exactly() {
		// when
		Row day = gold(LakeTable.POSTURE)
			.where("period_kind = 'DAY' AND period_start = DATE'2026-03-05' AND sector = 'BANK' AND category = 'NA'")
			.first();
		Row month = gold(LakeTable.POSTURE)
			.where("period_kind = 'MONTH' AND period_start = DATE'2026-03-01' AND sector = 'BANK' AND category = 'NA'")
			.first();

		// then
		assertThat(day.<String>getAs("level")).isEqualTo("GENERAL");
		assertThat(day.<String>getAs("province")).isEqualTo("11");
		assertThat(day.<Long>getAs("incidents")).isEqualTo(2L);
		assertThat(day.<Long>getAs("institutions")).isEqualTo(2L);
		assertThat(day.<Long>getAs("outage_minutes")).isEqualTo(180L);
		assertThat(day.<Long>getAs("persons_affected")).isEqualTo(1500L);
		assertThat(day.<Double>getAs("mean_report_minutes")).isEqualTo(35.0);
		assertThat(month.<Long>getAs("incidents")).isEqualTo(5L);
		assertThat(month.<Long>getAs("institutions")).isEqualTo(3L);
		assertThat(month.<Long>getAs("late_incidents")).isEqualTo(1L);
		assertThat(month.<Long>getAs("late_filings")).isEqualTo(1L);
		assertThat(month.<Double>getAs("late_rate")).isEqualTo(0.2);
	}

	@Test
	void peer_benchmarks_withhold_a_group_of_fewer_than_three_institutions() {
		// when
		List<Row> peers = gold(LakeTable.PEER_BENCHMARKS).orderBy("sector").collectAsList();

		// then
		assertThat(peers)
			.extracting((row) -> row.<String>getAs("sector") + "/" + row.<String>getAs("size_band") + " "
					+ row.<Long>getAs("institutions") + " " + row.<Boolean>getAs("suppressed") + " "
					+ row.<Long>getAs("incidents"))
			.containsExactly("BANK/UNKNOWN 4 false 11", "SECURITIES/UNKNOWN 1 true null");
	}

	@Test
	void correlations_group_the_shared_vendor_and_known_exploited_cve_recurrences_and_the_annual_mismatch() {
		// when
		List<Row> groups = gold(LakeTable.CORRELATIONS).orderBy("kind", "key").collectAsList();

		// then
		assertThat(groups)
			.extracting((row) -> row.<String>getAs("kind") + " " + row.<String>getAs("key") + " "
					+ row.<Long>getAs("incident_count") + " " + row.<Boolean>getAs("kev"))
			.containsExactly("ANNUAL_MISMATCH " + B1 + "/NFRA/2025/MAJOR 1 false",
					"ANNUAL_MISMATCH " + B1 + "/NFRA/2025/TOTAL 1 false", "CVE " + IVANTI_CVE + " 3 true",
					"RECURRENCE " + B1 + "/NA/ATTACK 3 false", "RECURRENCE " + B2 + "/NA/ATTACK 2 false",
					"VENDOR ivanti connect secure 3 false");
		Row vendor = groups.get(5);
		assertThat(vendor.<String>getList(vendor.fieldIndex("institution_codes"))).containsExactly(B1, B2, S1);
		assertThat(vendor.<String>getAs("label")).isEqualTo("Ivanti Connect Secure");
		Row cve = groups.get(2);
		assertThat(cve.<String>getAs("kev_vendor")).isEqualTo("Ivanti");
		Row mismatch = groups.get(0);
		assertThat(CollectionConverters.asJava(mismatch.<scala.collection.Map<String, String>>getAs("details")))
			.containsEntry("declared", "0")
			.containsEntry("filed", "1");
		assertThat(groups).extracting((row) -> row.<String>getAs("correlation_id")).doesNotHaveDuplicates();
	}

	@Test
	void scores_explain_each_factor_of_an_institution() {
		// when
		Row b1 = gold(LakeTable.INSTITUTION_SCORES).where(col("institution_code").equalTo(B1)).first();

		// then
		Map<String, Double> values = new java.util.TreeMap<>();
		Map<String, Double> points = new java.util.TreeMap<>();
		for (Row factor : b1.<Row>getList(b1.fieldIndex("factors"))) {
			values.put(factor.getAs("factor"), factor.getAs("value"));
			points.put(factor.getAs("factor"), factor.getAs("points"));
		}
		assertThat(values).containsEntry("INCIDENTS", 4.0)
			.containsEntry("SEVERE_INCIDENTS", 1.0)
			.containsEntry("LATE_RATE", 0.0)
			.containsEntry("UNDER_GRADING_RATE", 0.0)
			.containsEntry("KEV_EXPOSURE", 1.0)
			.containsEntry("RECURRENCE", 1.0)
			.containsEntry("ANNUAL_REPORTING", 2.0);
		assertThat(points).containsEntry("ANNUAL_REPORTING", 10.0).containsEntry("SEVERE_INCIDENTS", 6.67);
		assertThat(b1.<Double>getAs("score")).isEqualTo(27.3);
		assertThat(b1.<Integer>getAs("sector_rank")).isEqualTo(1);
		Row b4 = gold(LakeTable.INSTITUTION_SCORES).where(col("institution_code").equalTo(B4)).first();
		assertThat(b4.<Double>getAs("score")).isEqualTo(17.0);
	}

	@Test
	void bulletins_fire_for_the_spike_the_vendor_and_the_late_rate_with_small_cells_withheld() {
		// when
		List<Row> bulletins = gold(LakeTable.BULLETINS).orderBy("rule").collectAsList();

		// then
		assertThat(bulletins)
			.extracting((row) -> row.<String>getAs("rule") + " " + row.<String>getAs("key") + " "
					+ row.<String>getAs("level") + " " + row.<Long>getAs("institution_count") + "/"
					+ row.<Long>getAs("incident_count") + " withheld " + row.<Integer>getAs("suppressed_cells"))
			.containsExactly("CATEGORY_SPIKE NA HIGH 4/6 withheld 1", "LATE_FILING_RATE BANK MEDIUM 4/10 withheld 1",
					"VENDOR_SPREAD ivanti connect secure HIGH 3/3 withheld 2");
		Row spike = bulletins.get(0);
		assertThat(spike.<String>getAs("summary_zh")).contains("4家机构报送网络攻击事件6起")
			.contains("银行 5起（3家机构）")
			.contains("证券（不足3家机构，不予披露）")
			.doesNotContain("证券 1起");
		assertThat(spike.<String>getAs("summary_en")).contains("4 institutions reported 6");
		Row late = bulletins.get(1);
		assertThat(late.<String>getAs("summary_zh")).contains("占比30.0%")
			.contains("北京市 8起（3家机构）")
			.contains("上海市（不足3家机构，不予披露）");
		Row vendor = bulletins.get(2);
		assertThat(vendor.<String>getAs("title_zh")).isEqualTo("风险提示：涉及“Ivanti Connect Secure”的事件已波及3家机构");
		assertThat(vendor.<String>getAs("summary_zh")).contains(IVANTI_CVE + "已被列入CISA已知被利用漏洞目录");
		assertThat(vendor.<String>getList(vendor.fieldIndex("institution_codes"))).containsExactly(B1, B2, S1);
		assertThat(CollectionConverters.asJava(spike.<scala.collection.Map<String, Long>>getAs("source_versions")))
			.containsKeys("silver/incidents", "gold/deadline_checks", "gold/kev_matches");
	}

	@Test
	void a_bulletin_is_reproduced_from_the_table_versions_it_records() {
		// given
		Row spike = gold(LakeTable.BULLETINS).where("rule = 'CATEGORY_SPIKE'").first();
		long version = CollectionConverters.asJava(spike.<scala.collection.Map<String, Long>>getAs("source_versions"))
			.get("silver/incidents");
		// a later intake changes the incidents
		new dev.watchtower.analytics.incidents.IncidentsJob().run(TestSpark.context(lake, AS_OF, true));

		// when
		long incidentsNow = Lake.at(lake).version(spark, LakeTable.INCIDENTS).orElseThrow();
		long naThen = Lake.at(lake)
			.readAt(spark, LakeTable.INCIDENTS, version)
			.rows()
			.where("category = 'NA' AND occurred_at >= TIMESTAMP'2026-03-02 00:00:00'")
			.count();

		// then
		assertThat(incidentsNow).isGreaterThan(version);
		assertThat(naThen).isEqualTo(6L);
		assertThat(List.of(B1, B2, B3, B4)).doesNotContain(S1);
	}

	@Test
	void posture_scores_and_bulletins_of_one_run_compute_the_incident_facts_once(@TempDir Path other) {
		// given: a copy of the lake after the chain, one context as the command line
		// makes
		Path copy = GoldFixture.preparedLake(other);
		dev.watchtower.analytics.run.JobContext context = TestSpark.context(copy, AS_OF, false);
		long incidents = Lake.at(copy).version(spark, LakeTable.INCIDENTS).orElseThrow();
		long checks = Lake.at(copy).version(spark, LakeTable.DEADLINE_CHECKS).orElseThrow();

		// when
		new dev.watchtower.analytics.situation.PostureJob().run(context);
		new dev.watchtower.analytics.score.ScoreJob().run(context);
		new dev.watchtower.analytics.bulletin.BulletinJob().run(context);

		// then
		assertThat(context.shared().keys())
			.containsExactly("incident facts of silver/incidents v%d and gold/deadline_checks v%d as of %s"
				.formatted(incidents, checks, AS_OF));
		context.shared().release();
		assertThat(context.shared().keys()).isEmpty();
	}

}
