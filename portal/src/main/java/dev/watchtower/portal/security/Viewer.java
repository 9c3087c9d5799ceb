package dev.watchtower.portal.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is asking, as every read service needs to know it: the name, the roles, the regimes
 * in scope and, for an institution's API token, the institution it is bound to. Services
 * take a viewer and filter on the server; a view never decides visibility.
 *
 * @param name the user name or API token id
 * @param roles the portal roles held
 * @param scope the regimes whose cases are visible
 * @param institutionCode the institution an API token is bound to, if any
 */
public record Viewer(String name, Set<Role> roles, RegimeScope scope, @Nullable String institutionCode) {

	/** Authority prefix of the portal roles. */
	static final String ROLE_PREFIX = "ROLE_";

	public Viewer {
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(scope, "scope must not be null");
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	/**
	 * The viewer an authentication stands for.
	 * @param authentication a signed-in user or an API token
	 * @return the viewer with the roles and scopes of its authorities
	 */
	public static Viewer of(Authentication authentication) {
		Collection<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(Objects::nonNull)
			.toList();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			if (authorities.contains(role.authority())) {
				roles.add(role);
			}
		}
		String institution = (authentication.getPrincipal() instanceof ApiTokenPrincipal token)
				? token.institutionCode() : null;
		return new Viewer(authentication.getName(), roles, RegimeScope.fromAuthorities(authorities), institution);
	}

	/**
	 * Whether the viewer holds a role.
	 * @param role the role
	 * @return {@code true} when held
	 */
	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * The institution an API token is bound to.
	 * @return the unified social credit code, empty for staff
	 */
	public Optional<String> institution() {
		return Optional.ofNullable(this.institutionCode);
	}

}
