package dev.watchtower.portal.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One case in a result list.
 *
 * @param caseId institution code and incident id
 * @param title the incident's title
 * @param institutionCode unified social credit code
 * @param institutionName name of the institution
 * @param sector sector code
 * @param province GB/T 2260 code
 * @param regimes regimes filed under
 * @param category GB/T 20986 category code
 * @param computedLevel level the rulebook requires, if known
 * @param selfAssessedLevel level the institution assessed
 * @param occurredAt when it began
 * @param status OPEN or CLOSED
 * @param late whether a binding deadline was missed
 * @param underGraded whether assessed below the computed level
 * @param titleHighlight the title with matches in {@code <mark>}, HTML-escaped, if it
 * matched
 * @param snippet a passage of narrative or measures with matches marked, HTML-escaped
 */
public record CaseHit(String caseId, String title, String institutionCode, String institutionName, String sector,
		String province, List<String> regimes, String category, @Nullable String computedLevel,
		@Nullable String selfAssessedLevel, @Nullable Instant occurredAt, String status, boolean late,
		boolean underGraded, @Nullable String titleHighlight, @Nullable String snippet) {

	public CaseHit {
		Objects.requireNonNull(caseId, "caseId must not be null");
		regimes = List.copyOf(regimes);
	}

}
