package dev.watchtower.portal.institution;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One incident in an institution's history.
 *
 * @param caseId the case
 * @param title its title
 * @param occurredAt when it began
 * @param computedLevel level the rulebook requires
 * @param selfAssessedLevel level the institution assessed
 * @param status OPEN or CLOSED
 * @param late whether a binding deadline was missed
 * @param underGraded whether assessed below the computed level
 * @param regimes regimes filed under
 */
public record InstitutionIncident(String caseId, String title, @Nullable Instant occurredAt,
		@Nullable String computedLevel, @Nullable String selfAssessedLevel, String status, boolean late,
		boolean underGraded, List<String> regimes) {

	public InstitutionIncident {
		regimes = List.copyOf(regimes);
	}

}
