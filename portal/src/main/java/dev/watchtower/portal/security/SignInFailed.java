package dev.watchtower.portal.security;

import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in was refused (for the audit log).
 *
 * @param username the name that was tried
 * @param reason the kind of failure, e.g. {@code BadCredentialsException}
 * @param at when
 */
public record SignInFailed(String username, String reason, Instant at) {

	public SignInFailed {
		Objects.requireNonNull(username, "username must not be null");
		Objects.requireNonNull(reason, "reason must not be null");
		Objects.requireNonNull(at, "at must not be null");
	}

}
