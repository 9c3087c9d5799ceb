package dev.watchtower.portal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import dev.watchtower.infra.testing.WatchtowerServicesExtension;
import dev.watchtower.portal.base.ui.PortalTranslations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The portal in the demo profile, seen through headless Chromium: every demo role logs in
 * and sees the main layout, and anonymous visitors land on the log-in page. Needs
 * Debian's {@code chromium} and {@code chromium-driver}; fails (never skips) without
 * them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ExtendWith(WatchtowerServicesExtension.class)
class DemoPortalBrowserIT {

	private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("watchtower.chromedriver", "/usr/bin/chromedriver"));

	private static final Path CHROMIUM = Path.of(System.getProperty("watchtower.chromium", "/usr/bin/chromium"));

	private static ChromeDriver browser;

	private static Path profile;

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

	@DynamicPropertySource
	static void ownSchema(DynamicPropertyRegistry registry) {
		registry.add("spring.flyway.default-schema", () -> "portal_demo_it_" + SUFFIX);
	}

	@BeforeAll
	static void startBrowser() throws IOException {
		assertThat(CHROMEDRIVER).as("chromedriver (install with: apt-get install -y chromium chromium-driver)")
			.isExecutable();
		assertThat(CHROMIUM).as("chromium (install with: apt-get install -y chromium chromium-driver)").isExecutable();
		profile = Files.createTempDirectory("portal-chromium-");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
					"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			try (var paths = Files.walk(profile)) {
				paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@BeforeEach
	void anonymous() {
		browser.manage().deleteAllCookies();
	}

	@Test
	void demo_profile_creates_one_user_per_role_with_hashed_passwords() {
		List<DemoRow> rows = demoRows();

		assertThat(rows).extracting(DemoRow::username, DemoRow::authority)
			.containsExactly(tuple("admin", "ROLE_ADMIN"), tuple("analyst", "ROLE_ANALYST"),
					tuple("inspector", "ROLE_INSPECTOR"), tuple("regulator", "ROLE_REGULATOR"));
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.password()).startsWith("{bcrypt}");
			assertThat(this.passwordEncoder.matches(row.username() + "-demo", row.password())).isTrue();
		});
	}

	@Test
	void creating_demo_users_again_changes_nothing() {
		this.context.getBean("demoUsers", SmartInitializingSingleton.class).afterSingletonsInstantiated();

		assertThat(demoRows()).hasSize(4);
	}

	@ParameterizedTest
	@CsvSource({ "regulator, REGULATOR", "inspector, INSPECTOR", "analyst, ANALYST", "admin, ADMIN" })
	void each_demo_role_logs_in_and_sees_the_main_layout(String username, String role) {
		WebDriverWait wait = logIn(username, username + "-demo");

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("main-layout")));
		wait.until(ExpectedConditions.textToBe(By.id("current-user"), username));
		assertThat(browser.findElement(By.id("current-role")).getText())
			.isEqualTo(this.translations.getTranslation("role." + role, PortalTranslations.CHINESE));
		assertThat(browser.findElement(By.id("overview-es-status")).getText()).isNotBlank();
		assertThat(browser.findElement(By.id("overview-users-total")).getText()).isEqualTo("4");
		keepScreenshot(username);

		browser.findElement(By.id("logout")).click();
		wait.until(ExpectedConditions.urlMatches("/login$"));
	}

	@Test
	void anonymous_visit_to_a_view_lands_on_the_chinese_login_page() {
		browser.get(url("/"));

		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.urlMatches("/login$"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-view")));
		assertThat(browser.findElement(By.id("language-switch")).getText()).isEqualTo("English");
	}

	@Test
	void wrong_password_stays_on_the_login_page() {
		WebDriverWait wait = logIn("analyst", "not-the-password");

		wait.until(ExpectedConditions.urlContains("/login?error"));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("vaadin-login-form"), "error", "true"));
	}

	@Test
	void unknown_address_shows_the_not_found_view() {
		WebDriverWait wait = logIn("admin", "admin-demo");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("main-layout")));

		browser.get(url("/no-such-view"));

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
		assertThat(browser.findElement(By.id("not-found")).getText()).contains("/no-such-view");
	}

	@Test
	void language_switch_turns_the_portal_english() {
		browser.get(url("/login"));
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

		wait.until(ExpectedConditions.elementToBeClickable(By.id("language-switch"))).click();

		wait.until(ExpectedConditions.textToBe(By.id("language-switch"), "中文"));
		assertThat(browser.findElement(By.id("login-view")).getText()).contains("Watchtower");
	}

	private WebDriverWait logIn(String username, String password) {
		browser.get(url("/login"));
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys(username);
		browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
		return wait;
	}

	/**
	 * Keeps what the role saw under {@code target/screenshots/} for reviewers.
	 */
	private static void keepScreenshot(String name) {
		try {
			Path folder = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the screenshot of " + name, ex);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
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
