package dev.watchtower.portal.alert;

/**
 * What an alert rule watches.
 */
public enum AlertKind {

	/** A case whose computed level is one of the rule's levels (特别重大, 重大). */
	SEVERE_CASE,

	/** A case with a late filing. */
	LATE_FILING,

	/** A new risk bulletin. */
	NEW_BULLETIN

}
