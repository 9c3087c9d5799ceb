package dev.watchtower.portal.cases;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import dev.watchtower.portal.base.AuditOutcome;
import dev.watchtower.portal.base.AuditableEvent;

/**
 * Someone searched cases (for the audit log).
 *
 * @param viewer user name or API token
 * @param query the search as a URL query string
 * @param total matching cases
 * @param at when
 */
public record CasesSearched(String viewer, String query, long total, Instant at) implements AuditableEvent {

	public CasesSearched {
		Objects.requireNonNull(viewer, "viewer must not be null");
		Objects.requireNonNull(query, "query must not be null");
		Objects.requireNonNull(at, "at must not be null");
	}

	@Override
	public String actor() {
		return this.viewer;
	}

	@Override
	public String action() {
		return "search";
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
		return Map.of("query", this.query, "total", this.total);
	}

}
