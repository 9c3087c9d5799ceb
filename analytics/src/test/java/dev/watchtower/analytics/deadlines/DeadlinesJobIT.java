package dev.watchtower.analytics.deadlines;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.watchtower.analytics.TestSpark;
import dev.watchtower.analytics.incidents.IncidentsJob;
import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
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

}
