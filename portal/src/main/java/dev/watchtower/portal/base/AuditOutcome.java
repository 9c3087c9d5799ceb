package dev.watchtower.portal.base;

/**
 * How an audited action ended.
 */
public enum AuditOutcome {

	/** The action was carried out. */
	SUCCESS,

	/** A rule or a permission refused the action. */
	DENIED,

	/** The action was attempted and failed (bad credentials, an error). */
	FAILURE

}
