package dev.watchtower.portal.audit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import dev.watchtower.portal.PortalBrowserTestContext;
import dev.watchtower.portal.base.AuditOutcome;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log seen through headless Chromium: log-ins, failed log-ins and views are
 * recorded with the client address; only ADMIN opens the audit view; and no HTTP request,
 * whatever its method, changes or deletes audit rows.
 */
class AuditBrowserIT extends PortalBrowserTestContext {

	@Autowired
	private AuditLog log;

	@Test
	void logins_failed_logins_and_views_are_audited_and_shown_to_administrators() {
		Instant start = Instant.now().minusSeconds(1);
		browser.logIn("inspector", "wrong-password");
		browser.await().until(ExpectedConditions.urlContains("/login?error"));
		browser.logInAndWait("inspector", "inspector-demo");
		browser.open("/audit");
		// Vaadin's access control answers a route the role may not open as not found.
		browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found")));
		assertThat(browser.driver().findElements(By.id("audit-grid"))).isEmpty();

		assertThat(this.log.find(new AuditQuery("inspector", "login", null, null, null, start, null), 0, 10))
			.extracting(AuditEntry::outcome)
			.contains(AuditOutcome.FAILURE, AuditOutcome.SUCCESS);
		assertThat(this.log.find(new AuditQuery("inspector", "login", null, null, AuditOutcome.SUCCESS, start, null), 0,
				1))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.clientAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
				assertThat(row.correlationId()).isNotBlank();
			});
		assertThat(this.log.count(new AuditQuery("inspector", "view", "view", "/cases", null, start, null)))
			.isPositive();

		browser.logInAndWait("admin", "admin-demo");
		browser.open("/audit");
		browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-grid")));
		// The alert bell sits in the main layout's navigation bar on every view.
		browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("notification-bell")));
		browser.type("audit-filter-actor", "inspector");
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-grid"), "login"));
		browser.screenshot("audit-log");
	}

	@Test
	void no_http_request_changes_or_deletes_audit_rows() throws Exception {
		browser.logInAndWait("admin", "admin-demo");
		long before = this.log.count(AuditQuery.all());
		long firstId = this.log.find(AuditQuery.all(), 0, 1).get(0).id();
		String cookies = browser.cookieHeader();

		try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
			for (String path : List.of("/audit", "/audit/" + firstId, "/api/audit", "/api/v1/audit",
					"/api/v1/audit/" + firstId, "/actuator/audit")) {
				for (String method : List.of("DELETE", "PUT", "PATCH", "POST")) {
					HttpResponse<String> response = http.send(HttpRequest.newBuilder(browser.urlOf(path))
						.header("Cookie", cookies)
						.header("Content-Type", "application/json")
						.method(method, HttpRequest.BodyPublishers.ofString("{\"actor\":\"nobody\"}"))
						.build(), HttpResponse.BodyHandlers.ofString());

					assertThat(response.statusCode()).as("%s %s", method, path).isNotIn(200, 201, 202, 204);
				}
			}
		}

		assertThat(this.log.count(AuditQuery.all())).isGreaterThanOrEqualTo(before);
		assertThat(this.log.find(new AuditQuery(null, null, null, null, null, null, null), 0, Integer.MAX_VALUE))
			.extracting(AuditEntry::actor)
			.doesNotContain("nobody");
	}

	static URI uri(String url) {
		return URI.create(url);
	}

}
