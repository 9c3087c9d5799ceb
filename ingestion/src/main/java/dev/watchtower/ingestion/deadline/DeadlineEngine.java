package dev.watchtower.ingestion.deadline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.incident.IncidentReport;
import dev.watchtower.ingestion.rulebook.DeadlineRule;
import dev.watchtower.ingestion.rulebook.DeadlineRule.DeadlineFiling;
import dev.watchtower.ingestion.rulebook.DeadlineRule.Trigger;
import dev.watchtower.ingestion.rulebook.RegimeRulebook;
import dev.watchtower.ingestion.rulebook.Rulebook;

/**
 * Computes when the next filings are due per regime, counted from the legal trigger
 * (occurrence, detection, the previous report, the end of handling), on the Chinese
 * working-day calendar. Working-day periods end at 23:59:59 China time of the last day.
 */
public final class DeadlineEngine {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private final Rulebook rulebook;

	private final WorkingDayCalendar calendar;

	public DeadlineEngine(Rulebook rulebook, WorkingDayCalendar calendar) {
		this.rulebook = Objects.requireNonNull(rulebook, "rulebook");
		this.calendar = Objects.requireNonNull(calendar, "calendar");
	}

	/**
	 * The deadlines that follow from one report, for an incident of a given level.
	 * @param report the report
	 * @param level the level to apply (usually the higher of self-assessed and computed)
	 * @return the deadlines of every known rule that applies, earliest first
	 */
	public List<Deadline> deadlines(IncidentReport report, IncidentLevel level) {
		List<Deadline> deadlines = new ArrayList<>();
		LocalDate day = report.facts().occurredAt().atZoneSameInstant(CHINA).toLocalDate();
		for (Regime regime : report.facts().regimes()) {
			Optional<RegimeRulebook> version = this.rulebook.inForce(regime, day);
			if (version.isEmpty()) {
				continue;
			}
			for (DeadlineRule rule : version.get().deadlines()) {
				if (rule.known() && rule.appliesTo(level) && operatorMatches(rule, report)) {
					trigger(rule, report).ifPresent((at) -> deadlines.add(deadline(rule, regime, at)));
				}
			}
		}
		deadlines.sort(Comparator.comparing(Deadline::due));
		return deadlines;
	}

	/**
	 * When an annual report for a year is due under a regime.
	 * @param regime the regime
	 * @param year the reporting year
	 * @return the deadline, empty when the due date is unknown
	 */
	public Optional<Deadline> annualReport(Regime regime, int year) {
		OffsetDateTime yearEnd = LocalDate.of(year, 12, 31).atTime(END_OF_DAY).atZone(CHINA).toOffsetDateTime();
		return this.rulebook.inForce(regime, LocalDate.of(year, 12, 31))
			.stream()
			.flatMap((version) -> version.deadlines().stream())
			.filter((rule) -> rule.filing() == DeadlineFiling.ANNUAL && rule.known())
			.findFirst()
			.map((rule) -> deadline(rule, regime, yearEnd));
	}

	/**
	 * When a CSRC drill report is due.
	 * @param drillEnded when the drill ended
	 * @return the deadline, empty when no known rule applies
	 */
	public Optional<Deadline> drillReport(OffsetDateTime drillEnded) {
		LocalDate day = drillEnded.atZoneSameInstant(CHINA).toLocalDate();
		return this.rulebook.inForce(Regime.CSRC, day)
			.stream()
			.flatMap((version) -> version.deadlines().stream())
			.filter((rule) -> rule.filing() == DeadlineFiling.DRILL_REPORT && rule.known())
			.findFirst()
			.map((rule) -> deadline(rule, Regime.CSRC, drillEnded));
	}

	/**
	 * The latest time to notify NFRA before bulk sharing, entrusted processing, transfer
	 * or migration of sensitive-or-higher data (NFRA Art. 73: 20 working days before).
	 * @param planned the planned processing or contract-signing day
	 * @return the deadline, empty when no known rule applies
	 */
	public Optional<Deadline> priorNotice(LocalDate planned) {
		return this.rulebook.inForce(Regime.NFRA, planned)
			.stream()
			.flatMap((version) -> version.deadlines().stream())
			.filter((rule) -> rule.filing() == DeadlineFiling.PRIOR_NOTICE && rule.known())
			.findFirst()
			.map((rule) -> {
				long amount = Objects.requireNonNull(rule.amount(), rule.id());
				LocalDate last = this.calendar.subtractWorkingDays(planned, (int) amount);
				return new Deadline(rule.id(), Regime.NFRA, rule.filing(), rule.trigger(),
						planned.atStartOfDay(CHINA).toOffsetDateTime(), endOfDay(last), rule.provenance(),
						this.calendar.official(last, planned));
			});
	}

	private static boolean operatorMatches(DeadlineRule rule, IncidentReport report) {
		if (rule.operator() == null) {
			return true;
		}
		boolean infrastructure = Boolean.TRUE.equals(report.facts().impact().financialInfrastructure());
		return switch (rule.operator()) {
			case "CII" -> infrastructure;
			case "OTHER" -> !infrastructure;
			default -> false;
		};
	}

	private static Optional<OffsetDateTime> trigger(DeadlineRule rule, IncidentReport report) {
		return switch (rule.trigger()) {
			case OCCURRED -> Optional.of(report.facts().occurredAt());
			case DETECTED -> Optional.of(report.facts().detectedAt());
			case PREVIOUS_REPORT ->
				report.recoveredAt().isPresent() ? Optional.empty() : Optional.of(report.reportedAt());
			case HANDLING_ENDED -> report.recoveredAt();
			case YEAR_END, DRILL_ENDED, PLANNED_PROCESSING -> Optional.empty();
		};
	}

	Deadline deadline(DeadlineRule rule, Regime regime, OffsetDateTime triggeredAt) {
		long amount = (rule.amount() != null) ? rule.amount() : 0;
		OffsetDateTime local = triggeredAt.atZoneSameInstant(CHINA).toOffsetDateTime();
		boolean official = true;
		OffsetDateTime due = switch (Objects.requireNonNull(rule.unit(), rule.id())) {
			case MINUTES -> triggeredAt.plus(Duration.ofMinutes(amount));
			case HOURS -> triggeredAt.plus(Duration.ofHours(amount));
			case CALENDAR_DAYS -> endOfDay(local.toLocalDate().plusDays(amount));
			case WORKING_DAYS -> {
				LocalDate last = this.calendar.addWorkingDays(local.toLocalDate(), (int) amount);
				official = this.calendar.official(local.toLocalDate(), last);
				yield endOfDay(last);
			}
			case FIXED_DATE ->
				endOfDay(LocalDate.of(local.getYear() + 1, Objects.requireNonNull(rule.fixedMonth(), rule.id()),
						Objects.requireNonNull(rule.fixedDay(), rule.id())));
		};
		return new Deadline(rule.id(), regime, rule.filing(), rule.trigger(), triggeredAt, due, rule.provenance(),
				official);
	}

	private static OffsetDateTime endOfDay(LocalDate day) {
		return day.atTime(END_OF_DAY).atZone(CHINA).toOffsetDateTime();
	}

}
