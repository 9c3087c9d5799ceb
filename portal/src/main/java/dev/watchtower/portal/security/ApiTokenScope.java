package dev.watchtower.portal.security;

/**
 * What an API token may do; its authority is {@code SCOPE_<name>}.
 */
public enum ApiTokenScope {

	/** An institution submits filings and reads the receipts of its own submissions. */
	SUBMIT,

	/**
	 * A staff member's program queries cases and institutions within the owner's roles
	 * and regimes.
	 */
	QUERY;

	/**
	 * The authority a token of this scope carries.
	 * @return {@code SCOPE_} and the name
	 */
	public String authority() {
		return "SCOPE_" + name();
	}

}
