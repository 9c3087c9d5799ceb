package dev.watchtower.portal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Debian Chromium for a browser test class (started in {@code @BeforeAll},
 * closed in {@code @AfterAll}), driven by Debian's chromedriver (never a downloaded one),
 * with the steps the browser tests share: log in, fill Vaadin fields, upload a file,
 * download what a link serves in the same session, keep screenshots. Files the browser
 * saves go to {@link #downloads()}. Fails, never skips, without {@code chromium} and
 * {@code chromium-driver}.
 */
public final class HeadlessChromium implements AutoCloseable {

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("watchtower.chromedriver", "/usr/bin/chromedriver"));

	private static final Path CHROMIUM = Path.of(System.getProperty("watchtower.chromium", "/usr/bin/chromium"));

	private final ChromeDriver driver;

	private final Path profile;

	private final Path downloads;

	private final int port;

	private HeadlessChromium(ChromeDriver driver, Path profile, Path downloads, int port) {
		this.driver = driver;
		this.profile = profile;
		this.downloads = downloads;
		this.port = port;
	}

	/**
	 * Starts Chromium for a portal on the given port, asking for Chinese pages.
	 * @param port the portal's port
	 * @return the browser
	 */
	public static HeadlessChromium start(int port) {
		return start(port, "zh-CN");
	}

	/**
	 * Starts Chromium for a portal on the given port.
	 * @param port the portal's port
	 * @param language the language the browser asks for, e.g. {@code en-US}
	 * @return the browser
	 */
	public static HeadlessChromium start(int port, String language) {
		assertThat(CHROMEDRIVER).as("chromedriver (install with: apt-get install -y chromium chromium-driver)")
			.isExecutable();
		assertThat(CHROMIUM).as("chromium (install with: apt-get install -y chromium chromium-driver)").isExecutable();
		try {
			Path profile = Files.createTempDirectory("portal-chromium-");
			Path downloads = Files.createDirectories(profile.resolve("downloads"));
			ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
				.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-quic", "--no-first-run", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--window-size=1400,1000", "--lang=" + language,
						"--user-data-dir=" + profile);
			options.setExperimentalOption("prefs",
					Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			return new HeadlessChromium(new ChromeDriver(service, options), profile, downloads, port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a Chromium profile folder", ex);
		}
	}

	/**
	 * Where the browser saves the files it downloads.
	 * @return the folder
	 */
	public Path downloads() {
		return this.downloads;
	}

	/**
	 * The WebDriver.
	 * @return the driver
	 */
	public ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * A wait of up to 30 seconds.
	 * @return the wait
	 */
	public WebDriverWait await() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(30));
	}

	/**
	 * Signs out (drops the cookies) and signs in.
	 * @param username the user
	 * @param password the password
	 * @return a wait for what follows
	 */
	public WebDriverWait logIn(String username, String password) {
		this.driver.manage().deleteAllCookies();
		this.driver.get(url("/login"));
		WebDriverWait wait = await();
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")))
			.sendKeys(username);
		this.driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
		return wait;
	}

	/**
	 * Signs in and waits for the main layout.
	 * @param username the user
	 * @param password the password
	 */
	public void logInAndWait(String username, String password) {
		logIn(username, password);
		await().until(ExpectedConditions.visibilityOfElementLocated(By.id("main-layout")));
	}

	/**
	 * Opens a portal path.
	 * @param path e.g. {@code /notices}
	 */
	public void open(String path) {
		this.driver.get(url(path));
	}

	/**
	 * Types into the input of a Vaadin field (text field, combo box, date picker).
	 * @param fieldId the field's id
	 * @param text what to type
	 */
	public void type(String fieldId, String text) {
		WebElement input = await().until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea")));
		input.sendKeys(text);
	}

	/**
	 * Picks a combo box item by typing (part of) its label and clicking it.
	 * @param fieldId the combo box's id
	 * @param label the item's label (or its start)
	 */
	public void choose(String fieldId, String label) {
		WebElement input = await()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
		input.sendKeys(label);
		await().until(ExpectedConditions.attributeToBe(By.id(fieldId), "opened", "true"));
		await()
			.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//vaadin-combo-box-item[contains(., '" + label + "')]")))
			.click();
		await().until(ExpectedConditions.not(ExpectedConditions.attributeToBe(By.id(fieldId), "opened", "true")));
	}

	/**
	 * Clicks a button once it is enabled.
	 * @param id the button's id
	 */
	public void click(String id) {
		await().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
	}

	/**
	 * The visible text of an element, once it is there.
	 * @param id the element's id
	 * @return its text
	 */
	public String text(String id) {
		return await().until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
	}

	/**
	 * Selects a file in a Vaadin upload (its file input lives in the shadow DOM).
	 * @param uploadId the upload's id
	 * @param file the file
	 */
	public void upload(String uploadId, Path file) {
		WebElement upload = await().until(ExpectedConditions.presenceOfElementLocated(By.id(uploadId)));
		upload.getShadowRoot()
			.findElement(By.cssSelector("input[type=file]"))
			.sendKeys(file.toAbsolutePath().toString());
	}

	/**
	 * Downloads what a link serves, with this browser's session cookies.
	 * @param linkId the anchor's id
	 * @return the response body
	 */
	public byte[] download(String linkId) {
		String href = await().until(ExpectedConditions.presenceOfElementLocated(By.id(linkId))).getDomProperty("href");
		String cookies = cookieHeader();
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<byte[]> response = http.send(
					HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as("GET " + href).isEqualTo(200);
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot download " + href, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while downloading " + href, ex);
		}
	}

	/**
	 * The session cookie header of this browser, for requests outside it.
	 * @return the {@code Cookie} header value
	 */
	public String cookieHeader() {
		return this.driver.manage()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
	}

	/**
	 * Keeps what the browser shows under {@code target/screenshots/}.
	 * @param name the file name without extension
	 */
	public void screenshot(String name) {
		try {
			Path folder = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(folder.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the screenshot " + name, ex);
		}
	}

	/**
	 * The address of a portal path as a URI.
	 * @param path the path
	 * @return the URI
	 */
	public URI urlOf(String path) {
		return URI.create(url(path));
	}

	/**
	 * The address of a portal path.
	 * @param path the path
	 * @return the URL
	 */
	public String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Override
	public void close() throws IOException {
		this.driver.quit();
		try (var paths = Files.walk(this.profile)) {
			paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
	}

}
