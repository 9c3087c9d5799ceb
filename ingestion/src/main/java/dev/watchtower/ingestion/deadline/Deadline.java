package dev.watchtower.ingestion.deadline;

import java.time.OffsetDateTime;
import java.util.Objects;

import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.rulebook.DeadlineRule.DeadlineFiling;
import dev.watchtower.ingestion.rulebook.DeadlineRule.Trigger;
import dev.watchtower.ingestion.rulebook.Provenance;

/**
 * When a filing is due under one rule.
 *
 * @param ruleId the rulebook rule id
 * @param regime the regime
 * @param filing what is due
 * @param trigger what the period counts from
 * @param triggeredAt when the trigger happened
 * @param due the latest acceptable time
 * @param provenance where the rule comes from (only binding ones decide lateness)
 * @param calendarOfficial false when a working-day count crossed a provisional or unknown
 * calendar year
 */
public record Deadline(String ruleId, Regime regime, DeadlineFiling filing, Trigger trigger, OffsetDateTime triggeredAt,
		OffsetDateTime due, Provenance provenance, boolean calendarOfficial) {

	public Deadline {
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(regime, "regime");
		Objects.requireNonNull(filing, "filing");
		Objects.requireNonNull(trigger, "trigger");
		Objects.requireNonNull(triggeredAt, "triggeredAt");
		Objects.requireNonNull(due, "due");
		Objects.requireNonNull(provenance, "provenance");
	}

	public boolean binding() {
		return this.provenance.standing() == Provenance.Standing.BINDING;
	}

	public boolean missedBy(OffsetDateTime filedAt) {
		return filedAt.isAfter(this.due);
	}

}
