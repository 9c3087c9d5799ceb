package dev.watchtower.portal.base;

import java.util.Map;

/**
 * An application event that belongs in the audit log. Any feature publishes such events
 * (its own records implementing this interface, or {@link AuditRecord}) with Spring's
 * {@code ApplicationEventPublisher}; the {@code audit} module appends one row per event,
 * in the publisher's transaction when there is one (so a rolled-back action leaves no
 * success row) and on its own otherwise. Publish refusals outside a transaction that
 * rolls back.
 */
public interface AuditableEvent {

	/**
	 * Who acted.
	 * @return the username, or {@code anonymous} / {@code system}
	 */
	String actor();

	/**
	 * What was done, as a dotted lower-case name ({@code login}, {@code notice.approve},
	 * {@code search}, {@code case.view}, {@code export}).
	 * @return the action
	 */
	String action();

	/**
	 * The kind of object acted on ({@code notice}, {@code schedule}, {@code case},
	 * {@code view}); empty when there is none.
	 * @return the object type
	 */
	String objectType();

	/**
	 * The id of the object acted on; empty when there is none.
	 * @return the object id
	 */
	String objectId();

	/**
	 * How it ended.
	 * @return the outcome
	 */
	AuditOutcome outcome();

	/**
	 * Anything else worth keeping (a search query, a refusal reason, an export format);
	 * stored as JSON.
	 * @return details, empty by default
	 */
	default Map<String, Object> details() {
		return Map.of();
	}

}
