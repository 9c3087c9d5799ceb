package dev.watchtower.portal.notice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.watchtower.portal.PortalBrowserTestContext;
import dev.watchtower.portal.security.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices in headless Chromium: a regulator drafts a notice and cannot approve it, a
 * second regulator approves and issues it, the PDF downloads and verifies (checksum,
 * number in the text, fonts embedded), and the verify page recognises it.
 */
class NoticeBrowserIT extends PortalBrowserTestContext {

	@Autowired
	private UserDetailsManager users;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Test
	void a_drafter_cannot_approve_a_second_user_approves_and_issues_and_the_pdf_verifies() throws IOException {
		String second = "regulator2-" + SUFFIX;
		this.users.createUser(User.withUsername(second)
			.password(this.passwordEncoder.encode("second-demo"))
			.authorities(Role.REGULATOR.authority())
			.build());

		browser.logInAndWait("regulator", "regulator-demo");
		browser.open("/notices/new");
		browser.choose("notice-type", "监管通报");
		browser.type("notice-title", "关于某银行客户信息泄露事件的监管通报");
		browser.type("notice-body", "经查，你行发生客户个人信息泄露事件，未按规定时限报告。请立即整改。");
		browser.type("notice-addressees", NoticeFixtures.BANK + " 示例商业银行股份有限公司");
		browser.type("notice-cases", NoticeFixtures.BANK + ":INC-2026-0042");
		browser.click("notice-save");
		browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-detail")));
		browser.click("notice-action-submit");
		browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-refusal-approve")));

		assertThat(browser.driver().findElement(By.id("notice-action-approve")).getDomAttribute("disabled"))
			.isNotNull();
		assertThat(browser.text("notice-refusal-approve")).contains("四眼原则");
		browser.screenshot("notice-drafter-cannot-approve");
		String noticePath = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");

		browser.logInAndWait(second, "second-demo");
		browser.open(noticePath);
		browser.click("notice-action-approve");
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice-status"), "已审批"));
		browser.click("notice-action-issue");
		browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-pdf")));
		String number = browser.text("notice-number");
		String checksum = browser.text("notice-sha256");
		browser.screenshot("notice-issued");

		byte[] pdf = browser.download("notice-pdf");

		assertThat(number).matches("监管通报〔\\d{4}〕\\d+号");
		assertThat(NoticeWorkflow.sha256(pdf)).isEqualTo(checksum);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", "")).contains(number);
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
				}
			}
		}
		Path file = Files.write(DATA.resolve("downloaded-notice.pdf"), pdf);
		browser.open("/notices/verify");
		browser.upload("notice-verify-upload", file);
		browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-verify-verdict")));
		assertThat(browser.text("notice-verify-verdict")).contains("核验通过", number);
		browser.screenshot("notice-verified");
	}

}
