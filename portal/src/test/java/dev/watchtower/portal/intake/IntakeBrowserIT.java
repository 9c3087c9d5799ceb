package dev.watchtower.portal.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.watchtower.portal.PortalBrowserTestContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake in headless Chromium: an upload runs through the upload component's progress to
 * completion and lands in the inbox; once the intake (played here by the test, per
 * {@code docs/intake-contract.md}) writes its receipt, the page shows it, and its rejects
 * can be filtered and exported.
 */
class IntakeBrowserIT extends PortalBrowserTestContext {

	@Autowired
	private IntakeSettings settings;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void an_upload_shows_its_progress_then_its_receipt_and_rejects() throws IOException {
		StringBuilder filing = new StringBuilder();
		for (int i = 0; i < 20_000; i++) {
			filing.append("{\"filingId\": \"F-").append(i).append("\", \"title\": \"测试报送\"}\n");
		}
		Path file = Files.writeString(DATA.resolve("browser-upload.ndjson"), filing, StandardCharsets.UTF_8);
		browser.logInAndWait("admin", "admin-demo");
		browser.open("/intake");

		browser.upload("intake-upload", file);

		Map<?, ?> uploaded = browser.await().until((driver) -> {
			Object state = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
					const upload = document.getElementById('intake-upload');
					const item = upload.querySelector('vaadin-upload-file')
					    || (upload.shadowRoot && upload.shadowRoot.querySelector('vaadin-upload-file'));
					return item ? {complete: item.complete, progress: item.progress, name: item.fileName} : null;
					""");
			return (state instanceof Map<?, ?> map && Boolean.TRUE.equals(map.get("complete"))) ? map : null;
		});
		assertThat(uploaded.get("progress")).hasToString("100");
		browser.screenshot("intake-uploaded");
		String receiptId = browser.await()
			.until((driver) -> this.jdbc
				.sql("select receipt_id from intake_uploads where original_name = 'browser-upload.ndjson' "
						+ "and submitted_by = 'admin' order by submitted_at desc limit 1")
				.query(String.class)
				.optional()
				.orElse(null));
		browser.await()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-status-" + receiptId), "待处理"));
		String relative = this.jdbc.sql("select file from intake_uploads where receipt_id = ?")
			.param(receiptId)
			.query(String.class)
			.single();
		assertThat(this.settings.inbox().resolve(relative)).hasSameBinaryContentAs(file);

		IntakeFixtures.processWithRejects(this.settings.inbox(), this.settings.root(), relative, receiptId);

		browser.await()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-status-" + receiptId), "拒收"));
		browser.screenshot("intake-receipt-arrived");
		browser.driver().findElement(By.id("upload-status-" + receiptId)).click();
		browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("rejects-grid")));
		assertThat(browser.text("receipt-counts")).contains("拒收 2");
		assertThat(browser.text("rejects-shown")).contains("2 / 2");
		browser.choose("rejects-filter-rule", "schema.required");
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rejects-shown"), "1 / 2"));
		browser.screenshot("intake-rejects");

		String csv = new String(browser.download("rejects-export-csv"), StandardCharsets.UTF_8);

		assertThat(csv).contains("schema.required", "缺少必填字段 title").doesNotContain("institution-mismatch");
	}

}
