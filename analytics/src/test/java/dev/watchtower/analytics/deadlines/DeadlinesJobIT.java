package dev.watchtower.analytics.deadlines;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.watchtower.analytics.TestSpark;
import dev.watchtower.analytics.incidents.IncidentsJob;
import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.SilverFixtures;
import dev.watchtower.analytics.lake.Watermark;
import dev.watchtower.analytics.lake.Watermarks;
import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.watchtower.analytics.lake.SilverFixtures.annual;
import static dev.watchtower.analytics.lake.SilverFixtures.append;
import static dev.watchtower.analytics.lake.SilverFixtures.at;
import static dev.watchtower.analytics.lake.SilverFixtures.institution;
import static dev.watchtower.analytics.lake.SilverFixtures.report;
import static dev.watchtower.analytics.lake.SilverFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadlines job on hand-made silver tables, with the NFRA rules of the bundled
 * rulebook (Art. 69: first report 2 h after the incident, written report 24 h, closing
 * report 5 working days after handling ends; Art. 74: annual report by 15 January).
 */
class DeadlinesJobIT {

	static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

	static final String BANK = institution("A1");

	static final String INSURER = institution("B2");

	final SparkSession spark = TestSpark.session();

	@TempDir
	Path lake;

	@Test
	void judges_each_required_report_on_time_late_by_minutes_or_missing() {
		// given INC-1: first report 35 minutes after the 2-hour limit, closing report 9 h
		// late
		// and INC-2: recovered, but its closing report was never filed
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS, rows(
				report(BANK, "INC-1", "INITIAL").withTimes("2026-03-02T10:00", "2026-03-02T10:05", "2026-03-02T12:35"),
				report(BANK, "INC-1", "FINAL").withTimes("2026-03-02T10:00", "2026-03-02T10:05", "2026-03-11T09:00")
					.withRecoveredAt("2026-03-03T18:00"),
				report(INSURER, "INC-2", "INITIAL").withSector("INSURANCE")
					.withTimes("2026-03-09T08:00", "2026-03-09T08:10", "2026-03-09T09:00"),
				report(INSURER, "INC-2", "PROGRESS").withSector("INSURANCE")
					.withTimes("2026-03-09T08:00", "2026-03-09T08:10", "2026-03-10T09:00")
					.withRecoveredAt("2026-03-09T20:00")));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));

		// when
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF, false));

		// then
		List<Row> checks = this.spark.read()
			.format("delta")
			.load(Lake.at(this.lake).location(LakeTable.DEADLINE_CHECKS))
			.orderBy("incident_id", "due_at")
			.collectAsList();
		assertThat(checks)
			.extracting((row) -> row.<String>getAs("incident_id") + " " + row.<String>getAs("rule_id") + " "
					+ row.<String>getAs("verdict") + " " + row.<Long>getAs("late_minutes"))
			.containsExactly("INC-1 NFRA-69-REPORT LATE 35", "INC-1 NFRA-69-WRITTEN ON_TIME null",
					"INC-1 NFRA-69-CLOSING LATE 540", "INC-2 NFRA-69-REPORT ON_TIME null",
					"INC-2 NFRA-69-WRITTEN ON_TIME null", "INC-2 NFRA-69-CLOSING MISSING null");
		Row closing = checks.get(2);
		assertThat(closing.<Object>getAs("due_at"))
			.isEqualTo(java.sql.Timestamp.from(at("2026-03-10T23:59").toInstant().plusSeconds(59)));
		Row missing = checks.get(5);
		// due 2026-03-16 23:59:59 (5 working days after 9 March), cut-off 1 April 00:00
		assertThat(missing.<Long>getAs("overdue_minutes")).isEqualTo(15L * 24 * 60);
		assertThat(missing.<String>getAs("level_applied")).isEqualTo("GENERAL");
	}

	@Test
	void finds_annual_reports_late_or_missing_per_institution() {
		// given two institutions filing under NFRA in 2025; only the bank sent its annual
		// report, five days after 15 January
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS,
				rows(report(BANK, "INC-1", "INITIAL").withTimes("2025-06-02T10:00", "2025-06-02T10:05",
						"2025-06-02T11:00"),
						report(INSURER, "INC-2", "INITIAL").withSector("INSURANCE")
							.withTimes("2025-07-02T10:00", "2025-07-02T10:05", "2025-07-02T11:00")));
		append(this.spark, this.lake, LakeTable.ANNUAL_REPORTS,
				rows(annual(BANK, "NFRA", 2025).withReportedAt("2026-01-20T10:00")));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));

		// when
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF, false));

		// then
		List<Row> checks = this.spark.read()
			.format("delta")
			.load(Lake.at(this.lake).location(LakeTable.ANNUAL_REPORT_CHECKS))
			.orderBy("institution_code")
			.collectAsList();
		assertThat(checks)
			.extracting((row) -> row.<String>getAs("institution_code") + " " + row.<String>getAs("regime") + " "
					+ row.<Integer>getAs("year") + " " + row.<String>getAs("verdict") + " "
					+ row.<Long>getAs("late_minutes"))
			.containsExactly(BANK + " NFRA 2025 LATE " + (4 * 24 * 60 + 10 * 60), INSURER + " NFRA 2025 MISSING null");
	}

	@Test
	void a_later_run_of_the_same_day_replaces_the_checks_of_the_changed_incidents_only() {
		// given INC-1 (initial report only), INC-2, INC-4 and INC-5 checked on the as-of
		// day (a run where most incidents changed checks them all)
		appendFourIncidents();
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF, false));
		assertThat(lastOperation(LakeTable.DEADLINE_CHECKS)).isEqualTo("WRITE");
		assertThat(checks()).filteredOn((check) -> check.startsWith("INC-1 ")).hasSize(2);
		// and then INC-1's closing report and a new incident INC-3 arrive
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS,
				rows(closingOfIncident1(),
						report(BANK, "INC-3", "INITIAL")
							.withTimes("2026-03-29T10:00", "2026-03-29T10:05", "2026-03-29T10:30")
							.withReceivedAt("2026-03-30T09:00")));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));

		// when
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF, false));

		// then the changed incidents' checks were replaced in place
		assertThat(lastOperation(LakeTable.DEADLINE_CHECKS)).isEqualTo("MERGE");
		List<String> merged = checks();
		assertThat(merged).extracting((check) -> String.join(" ", java.util.Arrays.copyOf(check.split(" "), 3)))
			.containsExactly("INC-1 NFRA-69-REPORT LATE", "INC-1 NFRA-69-WRITTEN ON_TIME",
					"INC-1 NFRA-69-CLOSING ON_TIME", "INC-2 NFRA-69-REPORT ON_TIME", "INC-2 NFRA-69-WRITTEN ON_TIME",
					"INC-3 NFRA-69-REPORT ON_TIME", "INC-3 NFRA-69-WRITTEN ON_TIME", "INC-4 NFRA-69-REPORT ON_TIME",
					"INC-4 NFRA-69-WRITTEN ON_TIME", "INC-5 NFRA-69-REPORT ON_TIME", "INC-5 NFRA-69-WRITTEN ON_TIME");
		// and they are what a full run computes
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF, true));
		assertThat(lastOperation(LakeTable.DEADLINE_CHECKS)).isEqualTo("WRITE");
		assertThat(checks()).containsExactlyElementsOf(merged);
	}

	@Test
	void checks_every_incident_again_on_another_day_or_with_other_rules() {
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS, rows(report(BANK, "INC-1", "INITIAL")
			.withTimes("2026-03-02T10:00", "2026-03-02T10:05", "2026-03-02T12:35")));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF, false));
		long first = Lake.at(this.lake).version(this.spark, LakeTable.DEADLINE_CHECKS).orElseThrow();
		long firstAnnual = Lake.at(this.lake).version(this.spark, LakeTable.ANNUAL_REPORT_CHECKS).orElseThrow();

		// nothing changed: nothing written
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF, false));
		assertThat(Lake.at(this.lake).version(this.spark, LakeTable.DEADLINE_CHECKS)).contains(first);
		assertThat(Lake.at(this.lake).version(this.spark, LakeTable.ANNUAL_REPORT_CHECKS)).contains(firstAnnual);

		// an annual report arrives: the annual checks are made again, the incident checks
		// stay
		append(this.spark, this.lake, LakeTable.ANNUAL_REPORTS,
				rows(annual(BANK, "NFRA", 2025).withReportedAt("2026-01-12T10:00")));
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF, false));
		assertThat(Lake.at(this.lake).version(this.spark, LakeTable.DEADLINE_CHECKS)).contains(first);
		assertThat(this.spark.read()
			.format("delta")
			.load(Lake.at(this.lake).location(LakeTable.ANNUAL_REPORT_CHECKS))
			.where("regime = 'NFRA' AND year = 2025")
			.select("verdict")
			.first()
			.getString(0)).isEqualTo("ON_TIME");

		// the next day: the closing report of INC-1 is overdue by one more day
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF.plusDays(1), false));
		assertThat(lastOperation(LakeTable.DEADLINE_CHECKS)).isEqualTo("WRITE");
		assertThat(checks()).allMatch((check) -> check.endsWith(" " + AS_OF.plusDays(1)));

		// checks made with other rules than the bundled ones
		new Watermarks(this.spark, Lake.at(this.lake)).put(new Watermark(DeadlinesJob.NAME, DeadlinesJob.RULES,
				DeadlinesSources.rulesDigest() + 1, null, AS_OF.plusDays(1)), java.time.Instant.now());
		long before = Lake.at(this.lake).version(this.spark, LakeTable.DEADLINE_CHECKS).orElseThrow();
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF.plusDays(1), false));
		assertThat(Lake.at(this.lake).version(this.spark, LakeTable.DEADLINE_CHECKS)).contains(before + 1);
		assertThat(lastOperation(LakeTable.DEADLINE_CHECKS)).isEqualTo("WRITE");
	}

	@Test
	void a_lake_written_before_incidents_carried_their_reports_version_is_checked_in_full_then_incrementally() {
		// given silver/incidents as an earlier release wrote it (no reports_version) and
		// checks made by that release (no deadlines watermarks)
		appendFourIncidents();
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		String incidents = Lake.at(this.lake).location(LakeTable.INCIDENTS);
		// (that release declared no statistics on the column either)
		this.spark
			.sql("ALTER TABLE delta.`%s` UNSET TBLPROPERTIES ('delta.dataSkippingStatsColumns')".formatted(incidents));
		this.spark.read()
			.format("delta")
			.load(incidents)
			.drop("reports_version")
			.localCheckpoint()
			.write()
			.format("delta")
			.mode("overwrite")
			.option("overwriteSchema", "true")
			.save(incidents);

		// when the new release runs deadlines, then the incidents job, then deadlines
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF, false));
		assertThat(lastOperation(LakeTable.DEADLINE_CHECKS)).isEqualTo("WRITE");
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS, rows(closingOfIncident1()));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF, false));

		// then the rebuilt incident's checks were merged, and match a full run
		assertThat(lastOperation(LakeTable.DEADLINE_CHECKS)).isEqualTo("MERGE");
		List<String> merged = checks();
		assertThat(merged).anyMatch((check) -> check.startsWith("INC-1 NFRA-69-CLOSING ON_TIME"));
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF, true));
		assertThat(checks()).containsExactlyElementsOf(merged);
	}

	@Test
	void checks_every_incident_again_after_silver_incidents_was_restored_or_lost_incidents() {
		// given INC-1's closing report checked by a same-day run
		appendFourIncidents();
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF, false));
		long beforeClosing = Lake.at(this.lake).version(this.spark, LakeTable.INCIDENTS).orElseThrow();
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS, rows(closingOfIncident1()));
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF, false));
		assertThat(checks()).anyMatch((check) -> check.startsWith("INC-1 NFRA-69-CLOSING ON_TIME"));

		// when an operator restores silver/incidents to before the closing report (the
		// restored rows carry their old stamps)
		DeltaTable.forPath(this.spark, Lake.at(this.lake).location(LakeTable.INCIDENTS))
			.restoreToVersion(beforeClosing);
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF, false));

		// then every incident was checked again: INC-1 is back to before its recovery,
		// no closing report is due
		assertThat(lastOperation(LakeTable.DEADLINE_CHECKS)).isEqualTo("WRITE");
		assertThat(checks()).isNotEmpty().noneMatch((check) -> check.startsWith("INC-1 NFRA-69-CLOSING"));

		// when INC-5's only report is taken out and the incidents job drops INC-5
		DeltaTable.forPath(this.spark, Lake.at(this.lake).location(LakeTable.INCIDENT_REPORTS))
			.delete("incident_id = 'INC-5'");
		new IncidentsJob().run(TestSpark.context(this.lake, AS_OF, false));
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF, false));

		// then its checks are gone, as in a full run
		assertThat(lastOperation(LakeTable.DEADLINE_CHECKS)).isEqualTo("WRITE");
		List<String> checked = checks();
		assertThat(checked).isNotEmpty().noneMatch((check) -> check.startsWith("INC-5 "));
		new DeadlinesJob().run(TestSpark.context(this.lake, AS_OF, true));
		assertThat(checks()).containsExactlyElementsOf(checked);
	}

	/**
	 * INC-1 (first report 35 minutes late), INC-2, INC-4 and INC-5: one of them changing
	 * later is fewer than half.
	 */
	private void appendFourIncidents() {
		append(this.spark, this.lake, LakeTable.INCIDENT_REPORTS, rows(
				report(BANK, "INC-1", "INITIAL").withTimes("2026-03-02T10:00", "2026-03-02T10:05", "2026-03-02T12:35"),
				report(INSURER, "INC-2", "INITIAL").withSector("INSURANCE")
					.withTimes("2026-03-09T08:00", "2026-03-09T08:10", "2026-03-09T09:00"),
				report(INSURER, "INC-4", "INITIAL").withSector("INSURANCE")
					.withTimes("2026-03-10T08:00", "2026-03-10T08:10", "2026-03-10T09:00"),
				report(BANK, "INC-5", "INITIAL").withTimes("2026-03-11T08:00", "2026-03-11T08:10",
						"2026-03-11T09:00")));
	}

	/** INC-1's closing report, on time, received after everything else. */
	private static SilverFixtures.ReportRow closingOfIncident1() {
		return report(BANK, "INC-1", "FINAL").withTimes("2026-03-02T10:00", "2026-03-02T10:05", "2026-03-05T09:00")
			.withRecoveredAt("2026-03-03T18:00")
			.withReceivedAt("2026-03-30T09:00");
	}

	/** Every check as text, all columns but the source versions, in a stable order. */
	private List<String> checks() {
		return this.spark.read()
			.format("delta")
			.load(Lake.at(this.lake).location(LakeTable.DEADLINE_CHECKS))
			.orderBy("incident_id", "due_at", "rule_id", "sequence")
			.collectAsList()
			.stream()
			.map((row) -> row.<String>getAs("incident_id") + " " + row.<String>getAs("rule_id") + " "
					+ row.<String>getAs("verdict") + " " + row.<Long>getAs("late_minutes") + " "
					+ row.<Long>getAs("overdue_minutes") + " " + row.getAs("case_id") + " " + row.getAs("regime") + " "
					+ row.getAs("filing") + " " + row.getAs("level_applied") + " " + row.getAs("triggered_at") + " "
					+ row.getAs("due_at") + " " + row.getAs("filed_at") + " " + row.getAs("calendar_official") + " "
					+ row.getAs("problem") + " " + row.getAs("institution_name") + " " + row.getAs("as_of"))
			.toList();
	}

	private String lastOperation(LakeTable table) {
		return DeltaTable.forPath(this.spark, Lake.at(this.lake).location(table))
			.history(1)
			.select("operation")
			.first()
			.getString(0);
	}

}
