package dev.watchtower.portal.alert;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import dev.watchtower.portal.PortalTestContext;
import dev.watchtower.portal.security.Role;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Alerts against real Elasticsearch (indexes with the contract's mappings from
 * {@code infra/elasticsearch/}), PostgreSQL and a real SMTP server (GreenMail): a new 重大
 * case, a late filing and a new bulletin notify the users of the rule's roles once, and
 * e-mail the rule's addresses.
 */
class AlertIT extends PortalTestContext {

	@Autowired
	private AlertPoller poller;

	@Autowired
	private AlertRules rules;

	@Autowired
	private Notifications notifications;

	@Autowired
	private AlertSettings settings;

	@Autowired
	private ElasticsearchClient elasticsearch;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@BeforeEach
	void indexes() throws Exception {
		create(this.settings.casesIndex(), "watchtower-cases.json");
		create(this.settings.bulletinsIndex(), "watchtower-bulletins.json");
		this.jdbc.sql("delete from alert_watermarks").update();
		this.jdbc.sql("insert into alert_watermarks values ('cases', ?, ?), ('bulletins', ?, ?)")
			.params(ts(Instant.parse("2026-01-01T00:00:00Z")), ts(this.clock.instant()),
					ts(Instant.parse("2026-01-01T00:00:00Z")), ts(this.clock.instant()))
			.update();
	}

	@AfterEach
	void dropIndexes() throws Exception {
		this.elasticsearch.indices()
			.delete((delete) -> delete.index(this.settings.casesIndex(), this.settings.bulletinsIndex())
				.ignoreUnavailable(true));
		SecurityContextHolder.clearContext();
	}

	@Test
	void severe_and_late_cases_and_new_bulletins_notify_the_rules_roles_once_and_mail_them() throws Exception {
		signIn("admin", Role.ADMIN);
		this.rules.create(AlertKind.SEVERE_CASE, "重大事件邮件 " + SUFFIX, Set.of("MAJOR"), Set.of(Role.ADMIN),
				List.of("duty-officer@regulator.example"));
		indexCase("91110000100000000X:INC-1", "MAJOR", false, "2026-11-25T09:00:00+08:00");
		indexCase("91110000100000000X:INC-2", "GENERAL", true, "2026-11-25T09:30:00+08:00");
		indexCase("91110000100000000X:INC-0", "EXTRAORDINARY", false, "2025-12-01T09:00:00+08:00");
		this.elasticsearch.index((index) -> index.index(this.settings.bulletinsIndex())
			.id("B-2026-11-25")
			.document(Map.of("bulletinId", "B-2026-11-25", "kind", "posture", "asOf", "2026-11-25", "title",
					"关于近期勒索软件事件的风险提示", "level", "MAJOR"))
			.refresh(Refresh.True));

		int raised = this.poller.poll();

		assertThat(raised).isPositive();
		signIn("regulator", Role.REGULATOR);
		assertThat(this.notifications.mine(50)).extracting(Notification::title)
			.anySatisfy((title) -> assertThat(title).contains("新增重大事件"))
			.anySatisfy((title) -> assertThat(title).contains("新风险通报：关于近期勒索软件事件的风险提示"))
			.noneSatisfy((title) -> assertThat(title).contains("迟报"))
			.noneSatisfy((title) -> assertThat(title).contains("特别重大"));
		signIn("inspector", Role.INSPECTOR);
		assertThat(this.notifications.mine(50)).extracting(Notification::title)
			.anySatisfy((title) -> assertThat(title).startsWith("迟报"))
			.anySatisfy((title) -> assertThat(title).contains("新增重大事件"));
		long unread = this.notifications.unread();
		assertThat(unread).isGreaterThanOrEqualTo(2);
		this.notifications.markAllRead();
		assertThat(this.notifications.unread()).isZero();

		assertThat(this.poller.poll()).as("a second poll sees the same documents again").isZero();
		MimeMessage[] mails = MAIL.getReceivedMessages();
		assertThat(mails).anySatisfy((mail) -> {
			assertThat(mail.getSubject()).contains("新增重大事件");
			assertThat(mail.getAllRecipients()[0]).hasToString("duty-officer@regulator.example");
			assertThat(mail.getContent().toString()).contains("cases/91110000100000000X:INC-1");
		});
		assertThat(this.jdbc.sql("select seen_until from alert_watermarks where source = 'cases'")
			.query(Timestamp.class)
			.single()
			.toInstant()).isEqualTo(Instant.parse("2026-11-25T01:30:00Z"));
	}

	@Test
	void only_administrators_change_rules() {
		signIn("analyst", Role.ANALYST);

		assertThatIllegalStateException().isThrownBy(
				() -> this.rules.create(AlertKind.NEW_BULLETIN, "x", Set.of(), Set.of(Role.ANALYST), List.of()));
	}

	@Test
	void a_missing_index_reads_as_nothing_new() throws Exception {
		this.elasticsearch.indices()
			.delete((delete) -> delete.index(this.settings.casesIndex(), this.settings.bulletinsIndex()));

		assertThat(this.poller.poll()).isZero();
	}

	private void indexCase(String caseId, String level, boolean late, String updatedAt) throws Exception {
		this.elasticsearch.index((index) -> index.index(this.settings.casesIndex())
			.id(caseId)
			.document(Map.of("caseId", caseId, "institutionName", "示例商业银行", "title", "核心系统中断", "computedLevel", level,
					"late", late, "updatedAt", updatedAt))
			.refresh(Refresh.True));
	}

	private void create(String index, String template) throws Exception {
		this.elasticsearch.indices().delete((delete) -> delete.index(index).ignoreUnavailable(true));
		Path file = Path.of(System.getProperty("watchtower.root", ".."), "infra", "elasticsearch", template);
		JsonNode body = this.json.readTree(Files.readString(file)).get("template");
		String settingsAndMappings = this.json
			.writeValueAsString(Map.of("settings", body.get("settings"), "mappings", body.get("mappings")));
		this.elasticsearch.indices()
			.create((create) -> create.index(index).withJson(new StringReader(settingsAndMappings)));
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	private static void signIn(String username, Role role) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
					List.of(new SimpleGrantedAuthority(role.authority()))));
	}

}
