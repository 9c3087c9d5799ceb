package dev.watchtower.portal.cases;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import dev.watchtower.portal.base.AuditOutcome;
import dev.watchtower.portal.base.AuditableEvent;

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
		Instant at) implements AuditableEvent {

	public CasesExported {
		Objects.requireNonNull(viewer, "viewer must not be null");
		Objects.requireNonNull(query, "query must not be null");
		Objects.requireNonNull(format, "format must not be null");
		Objects.requireNonNull(at, "at must not be null");
	}

	@Override
	public String actor() {
		return this.viewer;
	}

	@Override
	public String action() {
		return "export";
	}

	@Override
	public String objectType() {
		return "cases";
	}

	@Override
	public String objectId() {
		return "";
	}

	@Override
	public AuditOutcome outcome() {
		return AuditOutcome.SUCCESS;
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("query", this.query, "format", this.format.name(), "rows", this.rows, "truncated",
				this.truncated);
	}

}
