package dev.watchtower.ingestion.rulebook;

import java.util.Objects;

import dev.watchtower.ingestion.classification.IncidentLevel;
import org.jspecify.annotations.Nullable;

/**
 * One grading criterion: when it is met, the incident is at least {@code level}.
 *
 * @param id stable rule id, e.g. {@code PBOC-7-1-MULTI}
 * @param article the article it comes from
 * @param level the least level it requires
 * @param provenance where it comes from
 * @param criterion the condition
 * @param summaryEn English summary
 * @param summaryZh Chinese summary (the regulation's words where known)
 * @param note how the filing's fields were mapped onto the rule, if not obvious
 */
public record GradingRule(String id, String article, IncidentLevel level, Provenance provenance, Criterion criterion,
		String summaryEn, String summaryZh, @Nullable String note) {

	public GradingRule {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(article, "article");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(provenance, "provenance");
		Objects.requireNonNull(criterion, "criterion");
		Objects.requireNonNull(summaryEn, "summaryEn");
		Objects.requireNonNull(summaryZh, "summaryZh");
		if ((provenance == Provenance.NF) != (criterion instanceof Criterion.Unknown)) {
			throw new IllegalArgumentException(
					"Rule " + id + ": NF provenance and an UNKNOWN criterion go together, found " + provenance);
		}
	}

}
