package dev.watchtower.portal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.watchtower.portal.fixtures.PortalFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What inspectors and regulators do, in headless Chromium against the fixture cases: a
 * Chinese phrase and an English word, a facet, a case with its timeline and masked
 * contact, a CSV export; the dashboard's charts and a drill-down from a chart into the
 * matching search; regime scopes and roles as the browser sees them.
 */
class SupervisorBrowserIT extends PortalITSupport {

	private static HeadlessChromium chromium;

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

	@Test
	void an_inspector_searches_filters_opens_a_case_and_exports() throws IOException, InterruptedException {
		WebDriverWait wait = chromium.logIn("inspector", "inspector-demo");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-search")));

		search(wait, "数据泄露");
		wait.until(ExpectedConditions.textMatches(By.id("case-total"), java.util.regex.Pattern.compile(".*\\b2\\b.*")));
		assertThat(chromium.driver().findElements(By.cssSelector("#case-results mark"))).isNotEmpty();
		assertThat(chromium.driver().getCurrentUrl())
			.contains("q=" + URLEncoder.encode("数据泄露", StandardCharsets.UTF_8));
		chromium.screenshot("search-chinese");

		search(wait, "ransomware");
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#case-results .case-hit"), 1));
		assertThat(caseIds()).containsExactly(PortalFixtures.RANSOMWARE.caseId());

		search(wait, "");
		click(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("facet-category-DS"))));
		wait.until(ExpectedConditions.urlContains("category=DS"));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#case-results .case-hit"), 2));
		assertThat(caseIds()).containsExactlyInAnyOrder(PortalFixtures.LEAK_SECURITIES.caseId(),
				PortalFixtures.LEAK_INSURANCE.caseId());
		chromium.screenshot("search-facet");

		click(chromium.driver().findElement(By.id("facet-category-DS")));
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("category=DS")));
		search(wait, "勒索 ransomware");
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#case-results .case-hit"), 1));
		chromium.driver().findElement(By.cssSelector("#case-results .case-title")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-timeline")));
		assertThat(chromium.driver().findElements(By.cssSelector("#case-timeline .timeline-entry"))).hasSize(3);
		assertThat(chromium.driver().findElement(By.id("case-contact-phone")).getText()).isEqualTo("138****5678");
		assertThat(chromium.driver().findElement(By.id("case-contact-name")).getText()).isEqualTo("张**");
		assertThat(chromium.driver().findElement(By.tagName("body")).getText()).doesNotContain("13812345678");
		assertThat(chromium.driver().findElement(By.id("clock-NFRA")).getText()).isNotBlank();
		assertThat(chromium.driver().findElement(By.id("grade-PBOC")).getText()).contains("120000");
		chromium.screenshot("case-detail");

		chromium.driver().navigate().back();
		click(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("export-csv"))));
		Path csv = downloaded(".csv");
		String content = Files.readString(csv, StandardCharsets.UTF_8);
		assertThat(content).contains("caseId,title", PortalFixtures.RANSOMWARE.caseId(), "138****5678")
			.doesNotContain("13812345678");
	}

	@Test
	void a_regulator_sees_the_charts_and_drills_down_into_the_matching_cases() {
		WebDriverWait wait = chromium.logIn("regulator", "regulator-demo");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("posture-dashboard")));
		for (String chart : List.of("chart-trend-level", "chart-trend-category", "chart-heat", "chart-provinces",
				"chart-vendors", "chart-cves")) {
			wait.until(ExpectedConditions.attributeToBe(By.id(chart), "data-rendered", "true"));
			assertThat(chromium.driver().findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
		}
		assertThat(chromium.driver().findElement(By.id("posture-total")).getText())
			.isEqualTo(String.valueOf(PortalFixtures.allCases().size()));
		assertThat(chromium.driver().findElement(By.id("posture-bulletins")).getText()).contains("Fortinet");
		chromium.screenshot("posture-dashboard");

		WebElement vendors = chromium.driver().findElement(By.id("chart-vendors"));
		@SuppressWarnings("unchecked")
		Map<String, Object> bar = (Map<String, Object>) chromium.driver().executeScript("""
				const chart = echarts.getInstanceByDom(arguments[0]);
				const data = chart.getOption().series[0].data;
				const index = data.findIndex((item) => item.code === 'Fortinet');
				const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [data[index].value / 2, index]);
				return { x: x, y: y, width: arguments[0].clientWidth, height: arguments[0].clientHeight };
				""", vendors);
		new Actions(chromium.driver())
			.moveToElement(vendors, (int) (number(bar.get("x")) - number(bar.get("width")) / 2),
					(int) (number(bar.get("y")) - number(bar.get("height")) / 2))
			.click()
			.perform();

		wait.until(ExpectedConditions.urlContains("/cases?"));
		assertThat(chromium.driver().getCurrentUrl()).contains("vendor=Fortinet");
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#case-results .case-hit"), 2));
		assertThat(caseIds()).containsExactlyInAnyOrder(PortalFixtures.RANSOMWARE.caseId(),
				PortalFixtures.FORTINET_CAC.caseId());
		chromium.screenshot("posture-drill-down");
	}

	@Test
	void a_pboc_regulator_cannot_open_a_csrc_case_and_an_administrator_cannot_search() {
		WebDriverWait wait = chromium.logIn("pboc-regulator", "pboc-regulator-demo");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("posture-dashboard")));

		chromium.driver().get(chromium.url("/cases/" + PortalFixtures.LEAK_SECURITIES.caseId()));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
		chromium.driver().get(chromium.url("/cases/" + PortalFixtures.RANSOMWARE.caseId()));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-timeline")));

		wait = chromium.logIn("admin", "admin-demo");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("overview")));
		chromium.driver().get(chromium.url("/cases"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
		assertThat(chromium.driver().findElements(By.id("case-search"))).isEmpty();
	}

	private static void search(WebDriverWait wait, String text) {
		WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-query")));
		chromium.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
		WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#case-query input")));
		box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		String before = chromium.driver().getCurrentUrl();
		box.sendKeys(text, Keys.ENTER);
		if (!text.isEmpty() || before.contains("q=")) {
			wait.until((driver) -> !before.equals(driver.getCurrentUrl()));
		}
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-total")));
	}

	private static void click(WebElement element) {
		chromium.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	private static List<String> caseIds() {
		return chromium.driver()
			.findElements(By.cssSelector("#case-results .case-title"))
			.stream()
			.map((link) -> link.getDomAttribute("data-case-id"))
			.toList();
	}

	private static Path downloaded(String extension) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			try (var files = Files.list(chromium.downloads())) {
				var done = files.filter((file) -> file.toString().endsWith(extension)).findFirst();
				if (done.isPresent()) {
					return done.get();
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("No " + extension + " download in " + chromium.downloads());
	}

	private static double number(Object value) {
		return ((Number) value).doubleValue();
	}

}
