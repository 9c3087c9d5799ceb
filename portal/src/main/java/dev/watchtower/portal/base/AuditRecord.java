package dev.watchtower.portal.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A ready-made {@link AuditableEvent} for features without an event type of their own.
 *
 * @param actor who acted
 * @param action what was done, e.g. {@code export}
 * @param objectType the kind of object, or empty
 * @param objectId the object's id, or empty
 * @param outcome how it ended
 * @param details extra facts kept as JSON
 */
public record AuditRecord(String actor, String action, String objectType, String objectId, AuditOutcome outcome,
		Map<String, Object> details) implements AuditableEvent {

	public AuditRecord {
		Objects.requireNonNull(actor, "actor must not be null");
		Objects.requireNonNull(action, "action must not be null");
		Objects.requireNonNull(objectType, "objectType must not be null");
		Objects.requireNonNull(objectId, "objectId must not be null");
		Objects.requireNonNull(outcome, "outcome must not be null");
		Objects.requireNonNull(details, "details must not be null");
		details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
	}

	/**
	 * A successful action.
	 * @param actor who acted
	 * @param action what was done
	 * @param objectType the kind of object
	 * @param objectId the object's id
	 * @param details extra facts
	 * @return the record
	 */
	public static AuditRecord success(String actor, String action, String objectType, String objectId,
			Map<String, Object> details) {
		return new AuditRecord(actor, action, objectType, objectId, AuditOutcome.SUCCESS, details);
	}

	/**
	 * A refused action.
	 * @param actor who tried
	 * @param action what was tried
	 * @param objectType the kind of object
	 * @param objectId the object's id
	 * @param reason why it was refused
	 * @return the record
	 */
	public static AuditRecord denied(String actor, String action, String objectType, String objectId, String reason) {
		return new AuditRecord(actor, action, objectType, objectId, AuditOutcome.DENIED, Map.of("reason", reason));
	}

}
