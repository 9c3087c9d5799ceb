package dev.watchtower.analytics.incidents;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.watchtower.analytics.TestSpark;
import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.Watermarks;
import dev.watchtower.analytics.run.JobResult;
import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

import static dev.watchtower.analytics.lake.SilverFixtures.append;
import static dev.watchtower.analytics.lake.SilverFixtures.at;
import static dev.watchtower.analytics.lake.SilverFixtures.institution;
import static dev.watchtower.analytics.lake.SilverFixtures.report;
import static dev.watchtower.analytics.lake.SilverFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incidents job on hand-made {@code silver/incident_reports} tables.
 */
class IncidentsJobIT {

	static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

	static final String BANK = institution("A1");

	final SparkSession spark = TestSpark.session();

	@TempDir
	Path lake;

	@Test
	void merges_the_stages_of_an_incident_into_its_latest_state() {
		// given three stages of one incident, filed out of order
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS, rows(
				report(BANK, "INC-1", "FINAL").withTimes("2026-03-02T10:00", "2026-03-02T10:05", "2026-03-04T09:00")
					.withRecoveredAt("2026-03-02T16:00")
					.withLevels("LARGE", "MAJOR")
					.withImpact(360, 2_000_000, 0)
					.withVendors("Ivanti Connect Secure"),
				report(BANK, "INC-1", "INITIAL").withTimes("2026-03-02T10:00", "2026-03-02T10:05", "2026-03-02T10:50")
					.withLevels("GENERAL", null)
					.withVendors("Acme Core"),
				report(BANK, "INC-1", "PROGRESS").withTimes("2026-03-02T10:00", "2026-03-02T10:05", "2026-03-02T14:00")
					.withLevels("LARGE", "MAJOR")));

		// when
		JobResult result = new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));

		// then
		assertThat(result.counts()).containsEntry("incidents", 1L).containsEntry("rejected", 0L);
		Row incident = incidents().get(0);
		assertThat(incident.<String>getAs("case_id")).isEqualTo(BANK + ":INC-1");
		assertThat(incident.<String>getAs("latest_stage")).isEqualTo("FINAL");
		assertThat(incident.<String>getAs("status")).isEqualTo("CLOSED");
		assertThat(incident.<Integer>getAs("stage_count")).isEqualTo(3);
		assertThat(incident.<Object>getAs("first_reported_at")).isEqualTo(at("2026-03-02T10:50"));
		assertThat(incident.<Object>getAs("last_reported_at")).isEqualTo(at("2026-03-04T09:00"));
		assertThat(incident.<String>getAs("self_assessed_level")).isEqualTo("LARGE");
		assertThat(incident.<String>getAs("computed_level")).isEqualTo("MAJOR");
		assertThat(incident.<String>getAs("effective_level")).isEqualTo("MAJOR");
		assertThat(incident.<Boolean>getAs("under_graded")).isTrue();
		assertThat(incident.<Long>getAs("detect_minutes")).isEqualTo(5L);
		assertThat(incident.<Long>getAs("report_minutes")).isEqualTo(45L);
		assertThat(incident.<Long>getAs("recover_minutes")).isEqualTo(360L);
		assertThat(incident.<String>getList(incident.fieldIndex("vendors"))).containsExactly("Acme Core",
				"Ivanti Connect Secure");
		List<Row> stages = incident.getList(incident.fieldIndex("stages"));
		assertThat(stages).extracting((stage) -> stage.<String>getAs("stage"))
			.containsExactly("INITIAL", "PROGRESS", "FINAL");
		assertThat(
				incident.<scala.collection.Map<String, Long>>getAs("source_versions").apply("silver/incident_reports"))
			.isEqualTo(0L);
	}

	@Test
	void keeps_unusable_rows_with_their_reason_instead_of_dropping_them() {
		// given
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS, rows(report(BANK, "INC-1", "INITIAL"),
				report(BANK, "INC-2", "INTERIM"), report(BANK, "INC-3", "INITIAL").withLevels("SEVERE", null)));

		// when
		JobResult result = new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));

		// then
		assertThat(result.counts()).containsEntry("incidents", 1L).containsEntry("rejected", 2L);
		List<Row> rejected = rejected();
		assertThat(rejected).extracting((row) -> row.<String>getAs("rule"))
			.containsExactly("incidents.stage", "incidents.level");
		assertThat(rejected.get(0).<String>getAs("message")).contains("found 'INTERIM'");
		assertThat(rejected.get(0).<String>getAs("payload")).contains("\"incident_id\":\"INC-2\"");
	}

	@Test
	void rejects_a_report_without_stage_or_self_assessed_level_instead_of_building_an_incident_from_it() {
		// given
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS, rows(report(BANK, "INC-1", "INITIAL"),
				report(BANK, "INC-2", null), report(BANK, "INC-3", "INITIAL").withLevels(null, null)));

		// when
		JobResult result = new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));

		// then
		assertThat(result.counts()).containsEntry("incidents", 1L).containsEntry("rejected", 2L);
		List<Row> rejected = rejected();
		assertThat(rejected).extracting((row) -> row.<String>getAs("rule"))
			.containsExactly("incidents.stage", "incidents.level");
		assertThat(rejected).extracting((row) -> row.<String>getAs("message"))
			.allSatisfy((message) -> assertThat(message).endsWith("found 'null'"));
	}

	@Test
	void an_incremental_run_merges_only_the_incidents_that_received_reports() {
		// given a first run over two incidents
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS,
				rows(report(BANK, "INC-1", "INITIAL"), report(BANK, "INC-2", "INITIAL")));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		// and a later intake with a new stage of INC-1 and a new incident
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS,
				rows(report(BANK, "INC-1", "FINAL").withRecoveredAt("2026-03-02T12:00")
					.withTimes("2026-03-02T10:00", "2026-03-02T10:05", "2026-03-03T10:00")
					.withReceivedAt("2026-03-06T09:00"),
						report(BANK, "INC-3", "INITIAL").withReceivedAt("2026-03-06T09:00")));

		// when
		JobResult result = new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));

		// then
		assertThat(result.counts()).containsEntry("incidents", 2L);
		List<Row> incidents = incidents();
		assertThat(incidents)
			.extracting(
					(row) -> row.<String>getAs("incident_id") + "@"
							+ row.<scala.collection.Map<String, Long>>getAs("source_versions")
								.apply("silver/incident_reports")
							+ ":" + row.<String>getAs("status"))
			.containsExactly("INC-1@1:CLOSED", "INC-2@0:OPEN", "INC-3@1:OPEN");
		assertThat(new Watermarks(this.spark, Lake.at(this.lake)).get("incidents", LakeTable.INCIDENT_REPORTS))
			.hasValueSatisfying((mark) -> assertThat(mark.sourceVersion()).isEqualTo(1L));
		// the MERGE marked the replaced row with a deletion vector instead of
		// rewriting its file (ADR 27)
		Row merge = DeltaTable.forPath(this.spark, Lake.at(this.lake).location(LakeTable.INCIDENTS)).history(1).first();
		assertThat(merge.<String>getAs("operation")).isEqualTo("MERGE");
		assertThat(merge.<scala.collection.Map<String, String>>getAs("operationMetrics")
			.apply("numTargetDeletionVectorsAdded")).isEqualTo("1");
		// every file has statistics on reports_version, by which the deadlines job reads
		// only the files of rebuilt incidents (ADR 32)
		assertThat(this.spark.read()
			.json(Lake.at(this.lake).location(LakeTable.INCIDENTS) + "/_delta_log/*.json")
			.where("add is not null")
			.select("add.stats")
			.as(org.apache.spark.sql.Encoders.STRING())
			.collectAsList()).isNotEmpty().allSatisfy((stats) -> assertThat(stats).contains("\"reports_version\":"));
	}

	@Test
	void an_incremental_run_makes_the_rows_a_full_rebuild_would_make() {
		// given incidents built from their first stages (the incremental run rebuilds the
		// incidents that receive reports; whatever way it takes, the rows must be those a
		// full rebuild makes)
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS, rows(
				report(BANK, "INC-1", "INITIAL").withTimes("2026-03-02T10:00", "2026-03-02T10:05", "2026-03-02T11:00")
					.withVendors("Acme Core")
					.withImpact(30, 100, 0),
				report(BANK, "INC-1", "PROGRESS").withTimes("2026-03-02T10:00", "2026-03-02T10:05", "2026-03-03T11:00")
					.withImpact(60, 200, 0),
				report(BANK, "INC-2", "INITIAL").withTimes("2026-03-02T08:00", "2026-03-02T09:00", "2026-03-02T09:30"),
				report(BANK, "INC-3", "INITIAL").withTimes("2026-03-01T08:00", "2026-03-01T08:10", "2026-03-01T09:00"),
				report(BANK, "INC-3", "FINAL").withTimes("2026-03-01T08:00", "2026-03-01T08:10", "2026-03-04T09:00")
					.withRecoveredAt("2026-03-01T12:00"),
				report(BANK, "INC-4", "PROGRESS").withTimes("2026-03-03T08:00", "2026-03-03T08:30", "2026-03-05T08:00")
					.withLevels("LARGE", "LARGE")
					.withRegimes("NFRA")));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		// and new stages: a later final report with new figures, sets and levels; a
		// progress report; a late progress report of a closed incident; an initial
		// report that arrives after the progress report it precedes (the latest state
		// stays, the first report moves); a new incident
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS, rows(
				report(BANK, "INC-1", "FINAL").withTimes("2026-03-02T10:00", "2026-03-02T10:20", "2026-03-04T11:00")
					.withRecoveredAt("2026-03-02T18:00")
					.withLevels("LARGE", "MAJOR")
					.withImpact(480, 3_000_000, 12)
					.withVendors("Ivanti Connect Secure", "Acme Core")
					.withCves("CVE-2025-0282")
					.withRegimes("NFRA", "PBOC")
					.withText("核心系统故障（终报）", "终报：数据库补丁已修复。")
					.withReceivedAt("2026-03-06T09:00"),
				report(BANK, "INC-2", "PROGRESS").withTimes("2026-03-02T08:00", "2026-03-02T09:00", "2026-03-03T09:30")
					.withImpact(90, 10, 0)
					.withReceivedAt("2026-03-06T09:00"),
				report(BANK, "INC-3", "PROGRESS").withTimes("2026-03-01T08:00", "2026-03-01T08:10", "2026-03-02T09:00")
					.withReceivedAt("2026-03-06T09:00"),
				report(BANK, "INC-4", "INITIAL").withTimes("2026-03-03T08:00", "2026-03-03T08:20", "2026-03-03T09:00")
					.withLevels("GENERAL", "LARGE")
					.withVendors("Acme Core")
					.withRegimes("NFRA", "CSRC")
					.withRecoveredAt("2026-03-03T10:00")
					.withReceivedAt("2026-03-06T09:10"),
				report(BANK, "INC-5", "INITIAL").withReceivedAt("2026-03-06T09:00")));

		// when
		JobResult result = new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		List<String> incremental = comparable(incidents());
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, true));
		List<String> rebuilt = comparable(incidents());

		// then
		assertThat(result.counts()).containsEntry("incidents", 5L);
		assertThat(incremental).hasSize(5).containsExactlyElementsOf(rebuilt);
		assertThat(incremental.get(0)).contains("latest_stage=FINAL", "status=CLOSED", "stage_count=3",
				"vendors=[Acme Core, Ivanti Connect Secure]", "regimes=[NFRA, PBOC]", "effective_level=MAJOR",
				"report_minutes=40");
		assertThat(incremental.get(3)).contains("latest_stage=PROGRESS", "stage_count=2",
				"first_reported_at=" + at("2026-03-03T09:00"), "report_minutes=30", "recover_minutes=120",
				"detected_at=" + at("2026-03-03T08:30"));
	}

	@Test
	void an_incremental_run_rebuilds_an_incident_whose_filing_was_corrected() {
		// given an incident built from two stages
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS,
				rows(report(BANK, "INC-1", "INITIAL").withVendors("Acme Core").withImpact(30, 100, 0),
						report(BANK, "INC-1", "PROGRESS").withTimes("2026-03-02T10:00", "2026-03-02T10:05",
								"2026-03-03T11:00")));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		// and a second version of its initial report, which replaces the first in the
		// silver table (as the intake does)
		DeltaTable.forPath(this.spark, Lake.at(this.lake).location(LakeTable.INCIDENT_REPORTS))
			.delete("filing_id = 'INC-1-INITIAL'");
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS,
				rows(report(BANK, "INC-1", "INITIAL").withFiling("INC-1-INITIAL", 2)
					.withVendors("Ivanti Connect Secure")
					.withTimes("2026-03-02T10:00", "2026-03-02T10:05", "2026-03-02T10:30")
					.withReceivedAt("2026-03-06T09:00")));

		// when
		JobResult result = new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		List<String> incremental = comparable(incidents());
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, true));

		// then: two stages, the corrected one in place of the first version
		assertThat(result.counts()).containsEntry("incidents", 1L);
		assertThat(incremental).containsExactlyElementsOf(comparable(incidents()));
		assertThat(incremental.get(0)).contains("stage_count=2", "vendors=[Ivanti Connect Secure]",
				"first_reported_at=" + at("2026-03-02T10:30"));
	}

	/**
	 * Every column of the incidents but those that say which run built them.
	 */
	private static List<String> comparable(List<Row> incidents) {
		return incidents.stream().map((row) -> {
			StringBuilder text = new StringBuilder();
			for (String column : row.schema().fieldNames()) {
				if (!column.equals("reports_version") && !column.equals("source_versions")) {
					Object value = row.getAs(column);
					if (value instanceof Seq<?> seq) {
						value = CollectionConverters.asJava(seq);
					}
					text.append(column).append('=').append(value).append(' ');
				}
			}
			return text.toString();
		}).toList();
	}

	@Test
	void an_incremental_run_whose_new_reports_are_all_unusable_merges_no_incident() {
		// given a first run, then a new incident whose only report has an unknown stage
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS, rows(report(BANK, "INC-1", "INITIAL")));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS,
				rows(report(BANK, "INC-9", "INTERIM").withReceivedAt("2026-03-06T09:00")));

		// when
		JobResult result = new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));

		// then
		assertThat(result.counts()).containsEntry("incidents", 0L).containsEntry("rejected", 1L);
		assertThat(incidents()).extracting((row) -> row.<String>getAs("incident_id")).containsExactly("INC-1");
	}

	@Test
	void a_new_version_without_newly_received_reports_keeps_the_high_water_mark() {
		// given a first run over two incidents, then a version of the reports table that
		// received nothing (its files compacted)
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS,
				rows(report(BANK, "INC-1", "INITIAL"), report(BANK, "INC-2", "INITIAL")));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		Watermarks watermarks = new Watermarks(this.spark, Lake.at(this.lake));
		java.time.Instant mark = watermarks.get("incidents", LakeTable.INCIDENT_REPORTS).orElseThrow().highWaterAt();
		DeltaTable.forPath(this.spark, Lake.at(this.lake).location(LakeTable.INCIDENT_REPORTS))
			.optimize()
			.executeCompaction();

		// when
		JobResult result = new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));

		// then: nothing merged, the mark kept, and the next intake is merged
		// incrementally
		assertThat(result.counts()).containsEntry("incidents", 0L);
		assertThat(watermarks.get("incidents", LakeTable.INCIDENT_REPORTS)).hasValueSatisfying((watermark) -> {
			assertThat(watermark.sourceVersion()).isEqualTo(1L);
			assertThat(watermark.highWaterAt()).isEqualTo(mark);
		});
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS,
				rows(report(BANK, "INC-3", "INITIAL").withReceivedAt("2026-03-06T09:00")));
		assertThat(new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false)).counts())
			.containsEntry("incidents", 1L);
	}

	@Test
	void an_incremental_run_between_two_commits_of_one_intake_misses_neither() {
		// given a first run, then the first chunk of an intake run (every row of a run
		// has the run's received_at) and an incremental run before the intake ends
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS, rows(report(BANK, "INC-1", "INITIAL")));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS,
				rows(report(BANK, "INC-2", "INITIAL").withReceivedAt("2026-03-06T09:00")));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		// and the intake's next chunk, received at the same time
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS,
				rows(report(BANK, "INC-3", "INITIAL").withReceivedAt("2026-03-06T09:00"),
						report(BANK, "INC-4", "INTERIM").withReceivedAt("2026-03-06T09:00")));

		// when
		JobResult result = new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));

		// then: the chunk's incident merged and its unusable row kept, once
		assertThat(result.counts()).containsEntry("incidents", 1L).containsEntry("rejected", 1L);
		assertThat(incidents()).extracting((row) -> row.<String>getAs("incident_id"))
			.containsExactly("INC-1", "INC-2", "INC-3");
		assertThat(rejected()).extracting((row) -> row.<String>getAs("incident_id")).containsExactly("INC-4");
	}

	@Test
	void an_incremental_run_after_reports_were_deleted_makes_the_rows_a_full_rebuild_would_make() {
		// given two incidents built, one with two stages
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS, rows(report(BANK, "INC-1", "INITIAL"),
				report(BANK, "INC-1", "PROGRESS").withTimes("2026-03-02T10:00", "2026-03-02T10:05", "2026-03-03T11:00"),
				report(BANK, "INC-2", "INITIAL")));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		// and reports taken out of the silver table by an operator: a stage of INC-1 and
		// the only report of INC-2
		DeltaTable.forPath(this.spark, Lake.at(this.lake).location(LakeTable.INCIDENT_REPORTS))
			.delete("filing_id IN ('INC-1-PROGRESS', 'INC-2-INITIAL')");

		// when
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		List<String> incremental = comparable(incidents());
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, true));

		// then
		assertThat(incremental).hasSize(1).containsExactlyElementsOf(comparable(incidents()));
		assertThat(incremental.get(0)).contains("incident_id=INC-1", "stage_count=1", "latest_stage=INITIAL");
	}

	@Test
	void an_incremental_run_after_the_reports_were_restored_makes_the_rows_a_full_rebuild_would_make() {
		// given incidents built from two intakes
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS, rows(report(BANK, "INC-1", "INITIAL")));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS,
				rows(report(BANK, "INC-1", "FINAL").withRecoveredAt("2026-03-02T12:00")
					.withTimes("2026-03-02T10:00", "2026-03-02T10:05", "2026-03-03T10:00")
					.withReceivedAt("2026-03-06T09:00"),
						report(BANK, "INC-2", "INTERIM").withReceivedAt("2026-03-06T09:00"),
						report(BANK, "INC-3", "INITIAL").withReceivedAt("2026-03-06T09:00")));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		// and the reports table restored to the first intake (the second undone)
		DeltaTable.forPath(this.spark, Lake.at(this.lake).location(LakeTable.INCIDENT_REPORTS)).restoreToVersion(0);

		// when
		JobResult result = new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));

		// then: rebuilt in full, as --full would
		assertThat(result.counts()).containsEntry("incidents", 1L).containsEntry("rejected", 0L);
		assertThat(incidents()).extracting((row) -> row.<String>getAs("incident_id") + ":" + row.getAs("status"))
			.containsExactly("INC-1:OPEN");
		assertThat(rejected()).isEmpty();
	}

	@Test
	void a_rerun_without_new_reports_does_nothing() {
		// given
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS, rows(report(BANK, "INC-1", "INITIAL")));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));

		// when
		JobResult again = new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));

		// then
		assertThat(again.counts()).containsEntry("incidents", 0L);
		assertThat(again.tableVersions()).isEmpty();
	}

	List<Row> incidents() {
		return read(LakeTable.INCIDENTS);
	}

	List<Row> rejected() {
		return read(LakeTable.INCIDENTS_REJECTED);
	}

	private List<Row> read(LakeTable table) {
		return this.spark.read()
			.format("delta")
			.load(Lake.at(this.lake).location(table))
			.orderBy("incident_id")
			.collectAsList();
	}

}
