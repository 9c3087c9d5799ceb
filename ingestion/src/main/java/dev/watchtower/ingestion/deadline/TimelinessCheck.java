package dev.watchtower.ingestion.deadline;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.incident.IncidentReport;
import dev.watchtower.ingestion.incident.ReportStage;
import dev.watchtower.ingestion.rulebook.DeadlineRule.DeadlineFiling;

/**
 * Checks the reports of one incident against its deadlines: was the first report, the
 * written report, each progress report and the closing report filed in time? Only binding
 * rules are judged; the time "now" is passed in, so reruns are reproducible.
 */
public final class TimelinessCheck {

	private final DeadlineEngine engine;

	public TimelinessCheck(DeadlineEngine engine) {
		this.engine = Objects.requireNonNull(engine, "engine");
	}

	/**
	 * Judges an incident's reports.
	 * @param chain the reports of one incident, any order
	 * @param level the level to apply
	 * @param asOf the time the check is made
	 * @return one verdict per binding deadline
	 */
	public List<Timeliness> check(List<IncidentReport> chain, IncidentLevel level, OffsetDateTime asOf) {
		if (chain.isEmpty()) {
			return List.of();
		}
		List<IncidentReport> reports = chain.stream().sorted(Comparator.comparing(IncidentReport::reportedAt)).toList();
		IncidentReport first = reports.get(0);
		IncidentReport last = reports.get(reports.size() - 1);
		List<Timeliness> verdicts = new ArrayList<>();
		for (Deadline deadline : this.engine.deadlines(first, level)) {
			if (!deadline.binding()) {
				continue;
			}
			switch (deadline.filing()) {
				case FIRST_REPORT -> verdicts.add(verdict(deadline, Optional.of(first.reportedAt()), asOf));
				case WRITTEN_REPORT -> verdicts.add(verdict(deadline,
						reports.stream()
							.filter((report) -> report.stage() != ReportStage.BRIEF)
							.map(IncidentReport::reportedAt)
							.findFirst(),
						asOf));
				default -> {
				}
			}
		}
		progress(reports, level, asOf, verdicts);
		last.recoveredAt().ifPresent((recovered) -> {
			for (Deadline deadline : this.engine.deadlines(last, level)) {
				if (deadline.binding() && deadline.filing() == DeadlineFiling.FINAL) {
					verdicts.add(verdict(deadline,
							reports.stream()
								.filter((report) -> report.stage() == ReportStage.FINAL)
								.map(IncidentReport::reportedAt)
								.findFirst(),
							asOf));
				}
			}
		});
		return verdicts;
	}

	private void progress(List<IncidentReport> reports, IncidentLevel level, OffsetDateTime asOf,
			List<Timeliness> verdicts) {
		for (int i = 0; i < reports.size(); i++) {
			IncidentReport report = reports.get(i);
			if (report.stage() == ReportStage.FINAL) {
				return;
			}
			for (Deadline deadline : this.engine.deadlines(report, level)) {
				if (!deadline.binding() || deadline.filing() != DeadlineFiling.PROGRESS) {
					continue;
				}
				Optional<OffsetDateTime> next = (i + 1 < reports.size()) ? Optional.of(reports.get(i + 1).reportedAt())
						: Optional.empty();
				verdicts.add(verdict(deadline, next, asOf));
			}
		}
	}

	private static Timeliness verdict(Deadline deadline, Optional<OffsetDateTime> filed, OffsetDateTime asOf) {
		if (filed.isPresent()) {
			return new Timeliness(deadline,
					deadline.missedBy(filed.get()) ? Timeliness.Verdict.LATE : Timeliness.Verdict.ON_TIME, filed.get());
		}
		return new Timeliness(deadline,
				asOf.isAfter(deadline.due()) ? Timeliness.Verdict.MISSING : Timeliness.Verdict.PENDING, null);
	}

}
