package dev.watchtower.portal.security;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants users their regime scopes ({@code user_regimes}); they take effect at the user's
 * next sign-in.
 */
@Service
public class RegimeScopes {

	private final JdbcClient jdbc;

	RegimeScopes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Replaces a user's scope.
	 * @param username the user
	 * @param scope the regimes to grant, or every regime
	 */
	@Transactional
	public void grant(String username, RegimeScope scope) {
		this.jdbc.sql("delete from user_regimes where username = ?").param(username).update();
		Set<String> values = scope.all() ? Set.of(RegimeScope.ALL) : Set.copyOf(scope.regimeNames());
		for (String value : values) {
			this.jdbc.sql("insert into user_regimes (username, regime) values (?, ?)")
				.param(username)
				.param(value)
				.update();
		}
	}

}
