package dev.watchtower.analytics.incidents;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.watchtower.analytics.TestSpark;
import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.Watermarks;
import dev.watchtower.analytics.run.JobResult;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
		Row merge = io.delta.tables.DeltaTable.forPath(this.spark, Lake.at(this.lake).location(LakeTable.INCIDENTS))
			.history(1)
			.first();
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
		io.delta.tables.DeltaTable.forPath(this.spark, Lake.at(this.lake).location(LakeTable.INCIDENT_REPORTS))
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
