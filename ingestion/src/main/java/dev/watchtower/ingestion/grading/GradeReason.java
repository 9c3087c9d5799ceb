package dev.watchtower.ingestion.grading;

import java.util.Map;
import java.util.Objects;

import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.rulebook.Provenance;

/**
 * A grading rule that was met, with the figures that met it.
 *
 * @param ruleId the rulebook rule id
 * @param article the article
 * @param level the least level the rule requires
 * @param provenance where the rule comes from
 * @param figures the filing's figures that decided it, by field path
 * @param summaryEn the rule, in English
 */
public record GradeReason(String ruleId, String article, IncidentLevel level, Provenance provenance,
		Map<String, String> figures, String summaryEn) {

	public GradeReason {
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(article, "article");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(provenance, "provenance");
		figures = Map.copyOf(figures);
		Objects.requireNonNull(summaryEn, "summaryEn");
	}

}
