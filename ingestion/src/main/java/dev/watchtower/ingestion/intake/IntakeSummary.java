package dev.watchtower.ingestion.intake;

import java.util.Map;
import java.util.Objects;

import dev.watchtower.ingestion.validation.Rule;

/**
 * Counts of one validation run.
 *
 * @param files files read (including files rejected as a whole)
 * @param records records read, each either valid or rejected
 * @param valid records accepted
 * @param rejected records rejected
 * @param skippedFiles files in directories skipped for their extension
 * @param violationsByRule violations per rule
 */
public record IntakeSummary(long files, long records, long valid, long rejected, long skippedFiles,
		Map<Rule, Long> violationsByRule) {

	public IntakeSummary {
		Objects.requireNonNull(violationsByRule, "violationsByRule");
		violationsByRule = Map.copyOf(violationsByRule);
	}

	public boolean allValid() {
		return this.rejected == 0;
	}

}
