package dev.watchtower.portal.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user a service acts for, read from Spring Security on the server side, so
 * a feature's rules never trust a name or role sent by the browser.
 *
 * @param username the login name
 * @param roles the portal roles the user holds
 */
public record Actor(String username, Set<Role> roles) {

	public Actor {
		Objects.requireNonNull(username, "username must not be null");
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	/**
	 * The user of the current request or session.
	 * @return the actor, or empty when nobody is signed in
	 */
	public static Optional<Actor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getPrincipal())) {
			return Optional.empty();
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return Optional.of(new Actor(authentication.getName(), roles));
	}

	/**
	 * The user of the current request or session, who must be signed in.
	 * @return the actor
	 * @throws IllegalStateException when nobody is signed in
	 */
	public static Actor required() {
		return current().orElseThrow(() -> new IllegalStateException("No signed-in user for this action"));
	}

	/**
	 * Whether the actor holds any of the roles.
	 * @param wanted the roles, any of which will do
	 * @return {@code true} when one of them is held
	 */
	public boolean hasAnyRole(Role... wanted) {
		for (Role role : wanted) {
			if (this.roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

}
