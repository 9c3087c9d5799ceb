package dev.watchtower.ingestion.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.incident.IncidentReport;
import dev.watchtower.ingestion.incident.ReportStage;
import dev.watchtower.ingestion.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

import static dev.watchtower.ingestion.incident.IncidentReportFixtures.anIncidentReport;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden deadlines for every known deadline rule, including counts across public holidays
 * and make-up working days.
 */
class DeadlineEngineTests {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.china();

	private final DeadlineEngine engine = new DeadlineEngine(Rulebook.bundled(), this.calendar);

	private Deadline only(List<Deadline> deadlines, String ruleId) {
		return deadlines.stream()
			.filter((deadline) -> deadline.ruleId().equals(ruleId))
			.findFirst()
			.orElseThrow(() -> new AssertionError(ruleId + " not in " + deadlines));
	}

	@Test
	void nfra_first_report_within_two_hours_and_written_report_within_24_hours_of_occurrence() {
		// given
		IncidentReport report = anIncidentReport().under(Regime.NFRA).occurredAt("2026-03-02T09:10:00+08:00").build();

		// when
		List<Deadline> deadlines = this.engine.deadlines(report, IncidentLevel.GENERAL);

		// then
		assertThat(only(deadlines, "NFRA-69-REPORT").due()).isEqualTo("2026-03-02T11:10:00+08:00");
		assertThat(only(deadlines, "NFRA-69-WRITTEN").due()).isEqualTo("2026-03-03T09:10:00+08:00");
		Deadline firstReport = only(deadlines, "NFRA-69-REPORT");
		assertThat(firstReport.missedBy(OffsetDateTime.parse("2026-03-02T11:10:00+08:00"))).isFalse();
		assertThat(firstReport.missedBy(OffsetDateTime.parse("2026-03-02T11:10:01+08:00"))).isTrue();
	}

	@Test
	void nfra_progress_every_two_hours_only_for_extraordinary_and_only_until_recovery() {
		// given
		IncidentReport open = anIncidentReport().under(Regime.NFRA)
			.stage(ReportStage.PROGRESS)
			.reportedAt("2026-03-02T13:00:00+08:00")
			.build();

		// when / then
		assertThat(only(this.engine.deadlines(open, IncidentLevel.EXTRAORDINARY), "NFRA-69-PROGRESS").due())
			.isEqualTo("2026-03-02T15:00:00+08:00");
		assertThat(this.engine.deadlines(open, IncidentLevel.MAJOR)).extracting(Deadline::ruleId)
			.doesNotContain("NFRA-69-PROGRESS");
	}

	@Test
	void nfra_closing_report_counts_five_working_days_across_a_make_up_day_and_the_national_day_holiday() {
		// given: handling ended Friday 2025-09-26; Sunday 09-28 is a make-up working day,
		// 10-01..08 holidays
		IncidentReport report = anIncidentReport().under(Regime.NFRA)
			.stage(ReportStage.FINAL)
			.occurredAt("2025-09-26T08:00:00+08:00")
			.recoveredAt("2025-09-26T17:00:00+08:00")
			.build();

		// when
		Deadline closing = only(this.engine.deadlines(report, IncidentLevel.LARGE), "NFRA-69-CLOSING");

		// then: 09-28 (make-up), 09-29, 09-30, 10-09, 10-10
		assertThat(closing.due()).isEqualTo("2025-10-10T23:59:59+08:00");
		assertThat(closing.calendarOfficial()).isTrue();
	}

	@Test
	void nfra_closing_report_across_the_2026_spring_festival() {
		// given: ended Thursday 2026-02-12; Saturday 02-14 make-up; 02-15..23 holiday
		IncidentReport report = anIncidentReport().under(Regime.NFRA)
			.stage(ReportStage.FINAL)
			.occurredAt("2026-02-12T08:00:00+08:00")
			.recoveredAt("2026-02-12T20:00:00+08:00")
			.build();

		// when
		Deadline closing = only(this.engine.deadlines(report, IncidentLevel.GENERAL), "NFRA-69-CLOSING");

		// then: 02-13, 02-14 (make-up), 02-24, 02-25, 02-26
		assertThat(closing.due()).isEqualTo("2026-02-26T23:59:59+08:00");
	}

	@Test
	void working_days_into_2027_are_flagged_provisional() {
		// given
		IncidentReport report = anIncidentReport().under(Regime.NFRA)
			.stage(ReportStage.FINAL)
			.occurredAt("2026-12-29T08:00:00+08:00")
			.recoveredAt("2026-12-29T20:00:00+08:00")
			.build();

		// when
		Deadline closing = only(this.engine.deadlines(report, IncidentLevel.GENERAL), "NFRA-69-CLOSING");

		// then: 12-30, 12-31, (01-01 statutory), 01-04, 01-05, 01-06
		assertThat(closing.due()).isEqualTo("2027-01-06T23:59:59+08:00");
		assertThat(closing.calendarOfficial()).isFalse();
	}

	@Test
	void nfra_annual_report_is_due_on_15_january() {
		assertThat(this.engine.annualReport(Regime.NFRA, 2025).orElseThrow().due())
			.isEqualTo("2026-01-15T23:59:59+08:00");
		assertThat(this.engine.annualReport(Regime.CSRC, 2025)).isEmpty();
	}

	@Test
	void cac_first_report_is_one_hour_for_critical_infrastructure_and_four_hours_otherwise_from_large_up() {
		// given
		IncidentReport infrastructure = anIncidentReport().under(Regime.CAC)
			.occurredAt("2026-03-02T09:00:00+08:00")
			.detectedAt("2026-03-02T09:30:00+08:00")
			.financialInfrastructure()
			.build();
		IncidentReport other = anIncidentReport().under(Regime.CAC)
			.occurredAt("2026-03-02T09:00:00+08:00")
			.detectedAt("2026-03-02T09:30:00+08:00")
			.build();

		// when / then
		assertThat(only(this.engine.deadlines(infrastructure, IncidentLevel.LARGE), "CAC-4-CII").due())
			.isEqualTo("2026-03-02T10:30:00+08:00");
		assertThat(only(this.engine.deadlines(other, IncidentLevel.MAJOR), "CAC-4-OTHER").due())
			.isEqualTo("2026-03-02T13:30:00+08:00");
		assertThat(this.engine.deadlines(other, IncidentLevel.GENERAL)).extracting(Deadline::ruleId)
			.doesNotContain("CAC-4-OTHER", "CAC-4-CII");
	}

	@Test
	void cac_summary_within_thirty_days_after_handling_ends() {
		// given
		IncidentReport report = anIncidentReport().under(Regime.CAC)
			.stage(ReportStage.FINAL)
			.occurredAt("2026-03-02T09:00:00+08:00")
			.recoveredAt("2026-03-03T09:00:00+08:00")
			.build();

		// when / then
		assertThat(only(this.engine.deadlines(report, IncidentLevel.GENERAL), "CAC-SUMMARY").due())
			.isEqualTo("2026-04-02T23:59:59+08:00");
	}

	@Test
	void pboc_draft_deadlines_are_computed_but_not_binding() {
		// given
		IncidentReport report = anIncidentReport().under(Regime.PBOC).occurredAt("2026-03-02T09:00:00+08:00").build();

		// when
		List<Deadline> deadlines = this.engine.deadlines(report, IncidentLevel.LARGE);

		// then
		Deadline brief = only(deadlines, "PBOC-DRAFT-BRIEF");
		assertThat(brief.due()).isEqualTo("2026-03-02T09:30:00+08:00");
		assertThat(brief.binding()).isFalse();
		assertThat(only(deadlines, "PBOC-DRAFT-REPORT").due()).isEqualTo("2026-03-02T11:00:00+08:00");
	}

	@Test
	void csrc_drill_report_counts_fifteen_working_days_across_the_may_day_holiday() {
		// given: drill on Wednesday 2026-04-29; 05-01..05 holiday; Saturday 05-09 make-up
		OffsetDateTime drill = OffsetDateTime.parse("2026-04-29T17:00:00+08:00");

		// when
		Deadline due = this.engine.drillReport(drill).orElseThrow();

		// then: 04-30, 05-06, 07, 08, 09(make-up), 11, 12, 13, 14, 15, 18, 19, 20, 21, 22
		assertThat(due.due()).isEqualTo("2026-05-22T23:59:59+08:00");
	}

	@Test
	void nfra_prior_notice_is_twenty_working_days_before_across_the_national_day_holiday() {
		// given: processing planned for Thursday 2025-10-23; 10-01..08 holidays, Saturday
		// 10-11 and
		// Sunday 09-28 make-up days
		LocalDate planned = LocalDate.of(2025, 10, 23);

		// when
		Deadline notice = this.engine.priorNotice(planned).orElseThrow();

		// then: 10-22..20 (3), 10-17..13 (5), 10-11 (1), 10-10, 10-09 (2), 09-30, 29 (2),
		// 09-28 (1),
		// 09-26..22 (5), 09-19 (1) = 20
		assertThat(notice.due()).isEqualTo("2025-09-19T23:59:59+08:00");
		assertThat(notice.ruleId()).isEqualTo("NFRA-73-PRIOR");
	}

	@Test
	void cac_central_organ_deadline_never_applies_to_financial_institutions() {
		// given
		IncidentReport report = anIncidentReport().under(Regime.CAC).build();

		// when / then
		assertThat(this.engine.deadlines(report, IncidentLevel.EXTRAORDINARY)).extracting(Deadline::ruleId)
			.doesNotContain("CAC-4-CENTRAL")
			.contains("CAC-4-OTHER");
	}

	@Test
	void calendar_knows_holidays_and_make_up_days() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2025, 1, 28))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2024, 2, 18))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
		assertThat(this.calendar.status(2026)).isEqualTo(WorkingDayCalendar.YearStatus.OFFICIAL);
		assertThat(this.calendar.status(2027)).isEqualTo(WorkingDayCalendar.YearStatus.PROVISIONAL);
		assertThat(this.calendar.subtractWorkingDays(LocalDate.of(2025, 10, 10), 5))
			.isEqualTo(LocalDate.of(2025, 9, 26));
	}

}
