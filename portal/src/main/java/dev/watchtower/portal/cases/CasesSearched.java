package dev.watchtower.portal.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone searched cases (for the audit log).
 *
 * @param viewer user name or API token
 * @param query the search as a URL query string
 * @param total matching cases
 * @param at when
 */
public record CasesSearched(String viewer, String query, long total, Instant at) {

	public CasesSearched {
		Objects.requireNonNull(viewer, "viewer must not be null");
		Objects.requireNonNull(query, "query must not be null");
		Objects.requireNonNull(at, "at must not be null");
	}

}
