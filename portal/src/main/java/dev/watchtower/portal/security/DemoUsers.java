package dev.watchtower.portal.security;

import java.util.List;

import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.institution.UnifiedSocialCreditCode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One account per role for demonstrations, only in the {@code demo} profile. Each start
 * makes the accounts exist with the documented passwords (creating or resetting them, so
 * running twice changes nothing) and logs the portal address and logins once, when the
 * portal is ready.
 */
@Component
@Profile("demo")
class DemoUsers implements SmartInitializingSingleton {

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("regulator", "regulator-demo", Role.REGULATOR, RegimeScope.everything()),
			new DemoAccount("pboc-regulator", "pboc-regulator-demo", Role.REGULATOR, RegimeScope.of(Regime.PBOC)),
			new DemoAccount("inspector", "inspector-demo", Role.INSPECTOR, RegimeScope.everything()),
			new DemoAccount("analyst", "analyst-demo", Role.ANALYST, RegimeScope.everything()),
			new DemoAccount("admin", "admin-demo", Role.ADMIN, RegimeScope.nothing()));

	/**
	 * The institution the demo submission token files for (a valid unified social credit
	 * code).
	 */
	static final String DEMO_INSTITUTION = UnifiedSocialCreditCode.withCheckCharacter("91110000MA0100001").value();

	/** API token of the demo institution: submits filings, reads its receipts. */
	static final String INSTITUTION_TOKEN = "wt.de0000000000000a.demo-institution-submit-token-0000000000000";

	/** API token acting for the demo inspector: queries cases and institutions. */
	static final String INSPECTOR_TOKEN = "wt.de0000000000000b.demo-inspector-query-token-0000000000000000";

	private static final Logger logger = LoggerFactory.getLogger(DemoUsers.class);

	private final UserDetailsManager users;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate transaction;

	private final Environment environment;

	private final RegimeScopes scopes;

	private final ApiTokens tokens;

	DemoUsers(UserDetailsManager users, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
			Environment environment, RegimeScopes scopes, ApiTokens tokens) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.transaction = transaction;
		this.environment = environment;
		this.scopes = scopes;
		this.tokens = tokens;
	}

	/**
	 * Runs after Flyway migrated and before the web server takes requests, so the printed
	 * logins work as soon as the login page answers.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.transaction.executeWithoutResult((status) -> {
			ACCOUNTS.forEach(this::ensure);
			this.tokens.register(INSTITUTION_TOKEN, "demo institution " + DEMO_INSTITUTION, ApiTokenScope.SUBMIT,
					DEMO_INSTITUTION, null);
			this.tokens.register(INSPECTOR_TOKEN, "demo inspector's programs", ApiTokenScope.QUERY, null, "inspector");
		});
	}

	private void ensure(DemoAccount account) {
		UserDetails user = User.withUsername(account.username())
			.password(this.passwordEncoder.encode(account.password()))
			.authorities(account.role().authority())
			.build();
		if (this.users.userExists(account.username())) {
			this.users.updateUser(user);
		}
		else {
			this.users.createUser(user);
		}
		this.scopes.grant(account.username(), account.scope());
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		String contextPath = this.environment.getProperty("server.servlet.context-path", "");
		StringBuilder block = new StringBuilder();
		block.append("\n================ Watchtower portal (demo) ================\n");
		block.append("  URL: http://localhost:").append(port).append(contextPath).append("/\n");
		block.append("  Demo logins (username / password / role):\n");
		ACCOUNTS.forEach((account) -> block.append("    %-14s / %-19s / %s (%s)%n".formatted(account.username(),
				account.password(), account.role(), scopeText(account.scope()))));
		block.append("  API (Authorization: Bearer <token>), OpenAPI at /api/v1/openapi.json:\n");
		block.append("    institution %s (submit): %s%n".formatted(DEMO_INSTITUTION, INSTITUTION_TOKEN));
		block.append("    inspector (query):                   %s%n".formatted(INSPECTOR_TOKEN));
		block.append("==========================================================");
		logger.info("{}", block);
	}

	private static String scopeText(RegimeScope scope) {
		if (scope.all()) {
			return "all regimes";
		}
		return scope.isEmpty() ? "no case data" : String.join(", ", scope.regimeNames()) + " only";
	}

	/**
	 * A demo login.
	 *
	 * @param username the login name
	 * @param password the clear-text demo password (demo profile only)
	 * @param role the single role of the account
	 * @param scope the regimes whose cases it sees
	 */
	record DemoAccount(String username, String password, Role role, RegimeScope scope) {
	}

}
