package dev.watchtower.portal.cases;

import java.time.Instant;
import java.util.Objects;

import dev.watchtower.portal.base.AuditOutcome;
import dev.watchtower.portal.base.AuditableEvent;

/**
 * Someone opened a case (for the audit log); also published when the case was out of
 * scope or missing, with {@code found} false.
 *
 * @param viewer user name or API token
 * @param caseId the case asked for
 * @param found whether it was shown
 * @param at when
 */
public record CaseViewed(String viewer, String caseId, boolean found, Instant at) implements AuditableEvent {

	public CaseViewed {
		Objects.requireNonNull(viewer, "viewer must not be null");
		Objects.requireNonNull(caseId, "caseId must not be null");
		Objects.requireNonNull(at, "at must not be null");
	}

	@Override
	public String actor() {
		return this.viewer;
	}

	@Override
	public String action() {
		return "case.view";
	}

	@Override
	public String objectType() {
		return "case";
	}

	@Override
	public String objectId() {
		return this.caseId;
	}

	/** A case out of the viewer's scope or missing is recorded as refused. */
	@Override
	public AuditOutcome outcome() {
		return this.found ? AuditOutcome.SUCCESS : AuditOutcome.DENIED;
	}

}
