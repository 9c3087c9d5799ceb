package dev.watchtower.portal;

import java.io.IOException;
import java.util.List;

import dev.watchtower.portal.base.ui.PortalTranslations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The portal in the demo profile, seen through headless Chromium: every demo account logs
 * in and lands where its role works, and anonymous visitors land on the log-in page.
 * Needs Debian's {@code chromium} and {@code chromium-driver}; fails (never skips)
 * without them.
 */
class DemoPortalBrowserIT extends PortalITSupport {

	private static HeadlessChromium chromium;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private PortalTranslations translations;

	@Autowired
	private ApplicationContext context;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		chromium = HeadlessChromium.start(port, "en-US");
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void anonymous() {
		chromium.driver().manage().deleteAllCookies();
	}

	@Test
	void demo_profile_creates_the_demo_accounts_with_hashed_passwords_and_regime_scopes() {
		List<DemoRow> rows = demoRows();

		assertThat(rows).extracting(DemoRow::username, DemoRow::authority)
			.containsExactly(tuple("admin", "ROLE_ADMIN"), tuple("analyst", "ROLE_ANALYST"),
					tuple("inspector", "ROLE_INSPECTOR"), tuple("pboc-regulator", "ROLE_REGULATOR"),
					tuple("regulator", "ROLE_REGULATOR"));
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.password()).startsWith("{bcrypt}");
			assertThat(this.passwordEncoder.matches(row.username() + "-demo", row.password())).isTrue();
		});
		assertThat(this.jdbc.sql("select username || ':' || regime from user_regimes order by 1")
			.query(String.class)
			.list()).containsExactly("analyst:ALL", "inspector:ALL", "pboc-regulator:PBOC", "regulator:ALL");
	}

	@Test
	void creating_demo_users_again_changes_nothing() {
		this.context.getBean("demoUsers", SmartInitializingSingleton.class).afterSingletonsInstantiated();

		assertThat(demoRows()).hasSize(5);
	}

	@ParameterizedTest
	@CsvSource({ "regulator, REGULATOR, posture-dashboard", "pboc-regulator, REGULATOR, posture-dashboard",
			"inspector, INSPECTOR, case-search", "analyst, ANALYST, overview", "admin, ADMIN, overview" })
	void each_demo_account_logs_in_and_lands_where_its_role_works(String username, String role, String landing) {
		WebDriverWait wait = chromium.logIn(username, username + "-demo");

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("main-layout")));
		wait.until(ExpectedConditions.textToBe(By.id("current-user"), username));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(landing)));
		assertThat(chromium.driver().findElement(By.id("current-role")).getText())
			.isEqualTo(this.translations.getTranslation("role." + role, PortalTranslations.CHINESE));
		if (landing.equals("overview")) {
			assertThat(chromium.driver().findElement(By.id("overview-es-status")).getText()).isNotBlank();
			assertThat(chromium.driver().findElement(By.id("overview-users-total")).getText()).isEqualTo("5");
		}
		chromium.screenshot(username);

		chromium.driver().findElement(By.id("logout")).click();
		wait.until(ExpectedConditions.urlMatches("/login$"));
	}

	@Test
	void anonymous_visit_to_a_view_lands_on_the_chinese_login_page() {
		chromium.driver().get(chromium.url("/cases"));

		WebDriverWait wait = chromium.await();
		wait.until(ExpectedConditions.urlMatches("/login$"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-view")));
		assertThat(chromium.driver().findElement(By.id("language-switch")).getText()).isEqualTo("English");
	}

	@Test
	void wrong_password_stays_on_the_login_page() {
		WebDriverWait wait = chromium.logIn("analyst", "not-the-password");

		wait.until(ExpectedConditions.urlContains("/login?error"));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("vaadin-login-form"), "error", "true"));
	}

	@Test
	void unknown_address_shows_the_not_found_view() {
		WebDriverWait wait = chromium.logIn("admin", "admin-demo");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("main-layout")));

		chromium.driver().get(chromium.url("/no-such-view"));

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
		assertThat(chromium.driver().findElement(By.id("not-found")).getText()).contains("/no-such-view");
	}

	@Test
	void language_switch_turns_the_portal_english() {
		chromium.driver().get(chromium.url("/login"));
		WebDriverWait wait = chromium.await();

		wait.until(ExpectedConditions.elementToBeClickable(By.id("language-switch"))).click();

		wait.until(ExpectedConditions.textToBe(By.id("language-switch"), "中文"));
		assertThat(chromium.driver().findElement(By.id("login-view")).getText()).contains("Watchtower");
	}

	private List<DemoRow> demoRows() {
		return this.jdbc.sql("""
				select u.username, u.password, a.authority
				from users u join authorities a on a.username = u.username
				order by u.username, a.authority
				""").query(DemoRow.class).list();
	}

	record DemoRow(String username, String password, String authority) {
	}

}
