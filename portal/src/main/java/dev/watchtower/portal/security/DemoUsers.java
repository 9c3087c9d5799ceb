package dev.watchtower.portal.security;

import java.util.List;

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

	static final List<DemoAccount> ACCOUNTS = List.of(new DemoAccount("regulator", "regulator-demo", Role.REGULATOR),
			new DemoAccount("inspector", "inspector-demo", Role.INSPECTOR),
			new DemoAccount("analyst", "analyst-demo", Role.ANALYST),
			new DemoAccount("admin", "admin-demo", Role.ADMIN));

	private static final Logger logger = LoggerFactory.getLogger(DemoUsers.class);

	private final UserDetailsManager users;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate transaction;

	private final Environment environment;

	DemoUsers(UserDetailsManager users, PasswordEncoder passwordEncoder, TransactionTemplate transaction,
			Environment environment) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.transaction = transaction;
		this.environment = environment;
	}

	/**
	 * Runs after Flyway migrated and before the web server takes requests, so the printed
	 * logins work as soon as the login page answers.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		this.transaction.executeWithoutResult((status) -> ACCOUNTS.forEach(this::ensure));
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
		ACCOUNTS.forEach((account) -> block
			.append("    %-10s / %-15s / %s%n".formatted(account.username(), account.password(), account.role())));
		block.append("==========================================================");
		logger.info("{}", block);
	}

	/**
	 * A demo login.
	 *
	 * @param username the login name
	 * @param password the clear-text demo password (demo profile only)
	 * @param role the single role of the account
	 */
	record DemoAccount(String username, String password, Role role) {
	}

}
