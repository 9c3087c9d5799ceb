package dev.watchtower.portal.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone opened a case (for the audit log); also published when the case was out of
 * scope or missing, with {@code found} false.
 *
 * @param viewer user name or API token
 * @param caseId the case asked for
 * @param found whether it was shown
 * @param at when
 */
public record CaseViewed(String viewer, String caseId, boolean found, Instant at) {

	public CaseViewed {
		Objects.requireNonNull(viewer, "viewer must not be null");
		Objects.requireNonNull(caseId, "caseId must not be null");
		Objects.requireNonNull(at, "at must not be null");
	}

}
