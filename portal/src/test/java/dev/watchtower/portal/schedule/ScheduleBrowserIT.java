package dev.watchtower.portal.schedule;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.watchtower.portal.PortalBrowserTestContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report schedules in headless Chromium: an analyst schedules a report, runs it now,
 * watches its progress live and downloads its outputs as CSV, XLSX and PDF. The run is a
 * real separate process ({@link ContractAnalyticsJob}).
 */
class ScheduleBrowserIT extends PortalBrowserTestContext {

	@Test
	void an_analyst_schedules_a_report_runs_it_now_watches_progress_and_downloads_outputs() throws IOException {
		browser.logInAndWait("analyst", "analyst-demo");
		browser.open("/schedules");
		browser.await()
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#schedule-new vaadin-details-summary")))
			.click();
		browser.type("schedule-name", "行业态势日报 " + SUFFIX);
		browser.choose("schedule-job", "行业态势");
		browser.type("schedule-parameters", "delay-ms=900\nrows=5");
		browser.click("schedule-create");
		browser.screenshot("schedule-created");
		browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("schedule-detail")));

		browser.click("schedule-run-now");

		WebDriverWait watch = new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofMillis(100));
		// the run log re-renders its rows as progress arrives: a bar read mid-update is
		// read again
		watch.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		double seen = watch.until((driver) -> {
			for (WebElement bar : driver.findElements(By.cssSelector("vaadin-progress-bar[id^='run-progress-']"))) {
				Object value = bar.getDomProperty("value");
				double progress = (value != null) ? Double.parseDouble(value.toString()) : 0;
				if (progress > 0 && progress < 100) {
					return progress;
				}
			}
			return null;
		});
		browser.screenshot("schedule-running");
		watch.until(ExpectedConditions.presenceOfElementLocated(By.id("output-posture-csv")));
		browser.screenshot("schedule-succeeded");

		assertThat(seen).isBetween(1.0, 99.0);
		assertThat(browser.driver().findElement(By.cssSelector("[id^='run-state-']")).getText()).isEqualTo("成功");
		String csv = new String(browser.download("output-posture-csv"), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFsector,province").contains("银行业,北京,重大,5");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(browser.download("output-posture-xlsx")))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(5);
		}
		try (var pdf = Loader.loadPDF(browser.download("output-posture-pdf"))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("银行业", "posture");
		}
	}

}
