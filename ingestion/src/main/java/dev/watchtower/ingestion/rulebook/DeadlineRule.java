package dev.watchtower.ingestion.rulebook;

import java.util.List;
import java.util.Objects;

import dev.watchtower.ingestion.classification.IncidentLevel;
import org.jspecify.annotations.Nullable;

/**
 * One filing deadline, counted from a trigger.
 *
 * @param id stable rule id, e.g. {@code NFRA-69-CLOSING}
 * @param article the article it comes from
 * @param provenance where it comes from
 * @param filing which filing is due
 * @param trigger what the period is counted from
 * @param amount length of the period, null when unknown
 * @param unit unit of the period, null when unknown
 * @param levels levels it applies to, empty for all
 * @param repeatsUntilHandlingEnds whether it repeats from each report until handling ends
 * @param operator CAC operator type it applies to ({@code CII}, {@code OTHER},
 * {@code CENTRAL_STATE_ORGAN}), null for all
 * @param fixedMonth month of a fixed-date deadline
 * @param fixedDay day of a fixed-date deadline
 * @param summaryEn English summary
 * @param summaryZh Chinese summary
 * @param note reading notes
 */
public record DeadlineRule(String id, String article, Provenance provenance, DeadlineFiling filing, Trigger trigger,
		@Nullable Long amount, @Nullable PeriodUnit unit, List<IncidentLevel> levels, boolean repeatsUntilHandlingEnds,
		@Nullable String operator, @Nullable Integer fixedMonth, @Nullable Integer fixedDay, String summaryEn,
		String summaryZh, @Nullable String note) {

	public DeadlineRule {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(article, "article");
		Objects.requireNonNull(provenance, "provenance");
		Objects.requireNonNull(filing, "filing");
		Objects.requireNonNull(trigger, "trigger");
		levels = (levels != null) ? List.copyOf(levels) : List.of();
		Objects.requireNonNull(summaryEn, "summaryEn");
		Objects.requireNonNull(summaryZh, "summaryZh");
		boolean known = unit != null
				&& (unit == PeriodUnit.FIXED_DATE ? fixedMonth != null && fixedDay != null : amount != null);
		if ((provenance == Provenance.NF) == known) {
			throw new IllegalArgumentException("Deadline " + id + ": NF provenance goes with an unknown period, found "
					+ provenance + " with amount " + amount + " " + unit);
		}
	}

	public boolean known() {
		return this.provenance != Provenance.NF;
	}

	public boolean appliesTo(IncidentLevel level) {
		return this.levels.isEmpty() || this.levels.contains(level);
	}

	/**
	 * What a deadline asks for.
	 */
	public enum DeadlineFiling {

		/** The first report of any stage. */
		FIRST_REPORT,
		/** The formal written (initial) report. */
		WRITTEN_REPORT, PROGRESS, FINAL, ANNUAL, DRILL_REPORT, PRIOR_NOTICE

	}

	/**
	 * What a period is counted from.
	 */
	public enum Trigger {

		OCCURRED, DETECTED, PREVIOUS_REPORT, HANDLING_ENDED, YEAR_END, DRILL_ENDED, PLANNED_PROCESSING

	}

	/**
	 * Units of a period.
	 */
	public enum PeriodUnit {

		MINUTES, HOURS, CALENDAR_DAYS, WORKING_DAYS, FIXED_DATE

	}

}
