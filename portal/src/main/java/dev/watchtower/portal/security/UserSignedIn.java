package dev.watchtower.portal.security;

import java.time.Instant;
import java.util.Objects;

/**
 * A user signed in to the portal (for the audit log).
 *
 * @param username who
 * @param at when
 */
public record UserSignedIn(String username, Instant at) {

	public UserSignedIn {
		Objects.requireNonNull(username, "username must not be null");
		Objects.requireNonNull(at, "at must not be null");
	}

}
