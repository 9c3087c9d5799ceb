package dev.watchtower.portal.audit;

import java.time.Instant;

import dev.watchtower.portal.base.AuditOutcome;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the audit log; {@code null} or blank means "any".
 *
 * @param actor exact username
 * @param action action name prefix, e.g. {@code notice.} for every notice action
 * @param objectType exact object type
 * @param objectId exact object id
 * @param outcome outcome
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 */
public record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable String objectType,
		@Nullable String objectId, @Nullable AuditOutcome outcome, @Nullable Instant from, @Nullable Instant to) {

	/**
	 * No filter at all.
	 * @return a query matching every row
	 */
	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null, null);
	}

}
