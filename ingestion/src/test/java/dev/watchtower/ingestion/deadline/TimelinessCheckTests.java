package dev.watchtower.ingestion.deadline;

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
 * Late, missing and on-time filings of an incident's report chain.
 */
class TimelinessCheckTests {

	private final TimelinessCheck check = new TimelinessCheck(
			new DeadlineEngine(Rulebook.bundled(), WorkingDayCalendar.china()));

	private static Timeliness.Verdict verdict(List<Timeliness> verdicts, String ruleId) {
		return verdicts.stream()
			.filter((timeliness) -> timeliness.deadline().ruleId().equals(ruleId))
			.findFirst()
			.orElseThrow(() -> new AssertionError(ruleId + " not in " + verdicts))
			.verdict();
	}

	@Test
	void nfra_chain_with_a_late_first_report_and_a_timely_closing_report() {
		// given: occurred 09:00, first report 11:30 (2 h limit), final 3 working days
		// after recovery
		IncidentReport initial = anIncidentReport().under(Regime.NFRA)
			.occurredAt("2026-03-02T09:00:00+08:00")
			.reportedAt("2026-03-02T11:30:00+08:00")
			.build();
		IncidentReport closing = anIncidentReport().under(Regime.NFRA)
			.stage(ReportStage.FINAL)
			.occurredAt("2026-03-02T09:00:00+08:00")
			.recoveredAt("2026-03-02T15:00:00+08:00")
			.reportedAt("2026-03-05T10:00:00+08:00")
			.build();

		// when
		List<Timeliness> verdicts = this.check.check(List.of(closing, initial), IncidentLevel.GENERAL,
				OffsetDateTime.parse("2026-03-20T00:00:00+08:00"));

		// then
		assertThat(verdict(verdicts, "NFRA-69-REPORT")).isEqualTo(Timeliness.Verdict.LATE);
		assertThat(verdict(verdicts, "NFRA-69-WRITTEN")).isEqualTo(Timeliness.Verdict.ON_TIME);
		assertThat(verdict(verdicts, "NFRA-69-CLOSING")).isEqualTo(Timeliness.Verdict.ON_TIME);
	}

	@Test
	void extraordinary_incident_without_a_progress_report_within_two_hours() {
		// given
		IncidentReport initial = anIncidentReport().under(Regime.NFRA)
			.occurredAt("2026-03-02T09:00:00+08:00")
			.reportedAt("2026-03-02T10:00:00+08:00")
			.build();

		// when
		List<Timeliness> before = this.check.check(List.of(initial), IncidentLevel.EXTRAORDINARY,
				OffsetDateTime.parse("2026-03-02T11:00:00+08:00"));
		List<Timeliness> after = this.check.check(List.of(initial), IncidentLevel.EXTRAORDINARY,
				OffsetDateTime.parse("2026-03-02T12:00:01+08:00"));

		// then
		assertThat(verdict(before, "NFRA-69-PROGRESS")).isEqualTo(Timeliness.Verdict.PENDING);
		assertThat(verdict(after, "NFRA-69-PROGRESS")).isEqualTo(Timeliness.Verdict.MISSING);
	}

	@Test
	void draft_pboc_deadlines_are_not_judged() {
		// given
		IncidentReport late = anIncidentReport().under(Regime.PBOC)
			.occurredAt("2026-03-02T09:00:00+08:00")
			.reportedAt("2026-03-03T09:00:00+08:00")
			.build();

		// when
		List<Timeliness> verdicts = this.check.check(List.of(late), IncidentLevel.MAJOR,
				OffsetDateTime.parse("2026-03-04T00:00:00+08:00"));

		// then
		assertThat(verdicts).isEmpty();
	}

}
