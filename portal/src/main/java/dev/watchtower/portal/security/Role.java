package dev.watchtower.portal.security;

/**
 * The roles a portal user can hold; the table {@code roles} holds the same four.
 */
public enum Role {

	/** Supervisory leadership: reads the industry risk posture and approves notices. */
	REGULATOR,

	/** Searches incident histories, opens cases and drafts notices. */
	INSPECTOR,

	/** Schedules and runs analytics reports. */
	ANALYST,

	/** Manages users, roles, the institution register and rulebooks. */
	ADMIN;

	/**
	 * The Spring Security authority of this role.
	 * @return the role name with the {@code ROLE_} prefix
	 */
	public String authority() {
		return "ROLE_" + name();
	}

}
