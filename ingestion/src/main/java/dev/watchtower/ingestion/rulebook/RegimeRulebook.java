package dev.watchtower.ingestion.rulebook;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import dev.watchtower.ingestion.filing.Regime;
import org.jspecify.annotations.Nullable;

/**
 * One version of one regime's rules, from one rulebook file.
 *
 * @param regime the regime
 * @param version version label, e.g. {@code 2025-08-01.1}
 * @param effectiveFrom first day the version applies
 * @param effectiveTo last day it applies, null while in force
 * @param source the regulation texts it is drawn from
 * @param grading grading criteria
 * @param deadlines deadlines
 */
public record RegimeRulebook(Regime regime, String version, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo,
		String source, List<GradingRule> grading, List<DeadlineRule> deadlines) {

	public RegimeRulebook {
		Objects.requireNonNull(regime, "regime");
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(effectiveFrom, "effectiveFrom");
		Objects.requireNonNull(source, "source");
		grading = List.copyOf(grading);
		deadlines = List.copyOf(deadlines);
	}

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(this.effectiveFrom) && (this.effectiveTo == null || !day.isAfter(this.effectiveTo));
	}

}
