package dev.watchtower.portal.audit;

import java.time.Instant;
import java.util.Objects;

import dev.watchtower.portal.base.AuditOutcome;
import org.jspecify.annotations.Nullable;

/**
 * One row of the audit log as the administrators' view shows it.
 *
 * @param id the row's sequence number
 * @param occurredAt when it was recorded
 * @param actor who acted
 * @param action what was done
 * @param objectType the kind of object, or empty
 * @param objectId the object's id, or empty
 * @param outcome how it ended
 * @param details extra facts as JSON text
 * @param clientAddress the client's IP address, when the action came over HTTP
 * @param correlationId the request's correlation id, when there was one
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String objectType, String objectId,
		AuditOutcome outcome, String details, @Nullable String clientAddress, @Nullable String correlationId) {

	public AuditEntry {
		Objects.requireNonNull(occurredAt, "occurredAt must not be null");
		Objects.requireNonNull(actor, "actor must not be null");
		Objects.requireNonNull(action, "action must not be null");
		Objects.requireNonNull(outcome, "outcome must not be null");
	}

}
