package dev.watchtower.portal.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone exported search results (for the audit log).
 *
 * @param viewer user name or API token
 * @param query the search as a URL query string
 * @param format the file format
 * @param rows rows written
 * @param truncated whether the export stopped at the row limit
 * @param at when
 */
public record CasesExported(String viewer, String query, ExportFormat format, long rows, boolean truncated,
		Instant at) {

	public CasesExported {
		Objects.requireNonNull(viewer, "viewer must not be null");
		Objects.requireNonNull(query, "query must not be null");
		Objects.requireNonNull(format, "format must not be null");
		Objects.requireNonNull(at, "at must not be null");
	}

}
