package dev.watchtower.ingestion.grading;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.filing.Regime;
import org.jspecify.annotations.Nullable;

/**
 * The level an incident report deserves under one regime.
 *
 * @param regime the regime
 * @param rulebookVersion the rulebook version applied, null when no version was in force
 * @param required the least level the met rules require, null when no known rule is met
 * @param reasons the rules met, most severe first
 * @param needsJudgement rules of a higher level than {@code required} that an analyst
 * must decide
 * @param unknown rules whose content is unknown
 * @param selfAssessed the level the institution assigned
 */
public record RegimeGrade(Regime regime, @Nullable String rulebookVersion, @Nullable IncidentLevel required,
		List<GradeReason> reasons, List<String> needsJudgement, List<String> unknown, IncidentLevel selfAssessed) {

	public RegimeGrade {
		Objects.requireNonNull(regime, "regime");
		reasons = List.copyOf(reasons);
		needsJudgement = List.copyOf(needsJudgement);
		unknown = List.copyOf(unknown);
		Objects.requireNonNull(selfAssessed, "selfAssessed");
	}

	public Optional<IncidentLevel> requiredLevel() {
		return Optional.ofNullable(this.required);
	}

	/**
	 * Whether the institution assessed the incident below what the rules require.
	 * @return true when under-graded
	 */
	public boolean underGraded() {
		return this.required != null && this.selfAssessed.severity() < this.required.severity();
	}

}
