package dev.watchtower.portal.alert;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import dev.watchtower.portal.alert.ServingLayerEvents.BulletinChange;
import dev.watchtower.portal.alert.ServingLayerEvents.CaseChange;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates the enabled alert rules against what changed in the serving layer since each
 * source's watermark (less an overlap for late documents). The watermark row is locked
 * with {@code FOR UPDATE SKIP LOCKED}, so of several portal instances one polls a source
 * at a time, and a notification is unique per user, rule and object, so a document seen
 * twice alerts once. E-mails go out after the notifications are committed.
 */
@Component
class AlertPoller {

	static final Map<String, String> LEVELS = Map.of("EXTRAORDINARY", "特别重大", "MAJOR", "重大", "LARGE", "较大", "GENERAL",
			"一般");

	private static final Logger logger = LoggerFactory.getLogger(AlertPoller.class);

	private final AlertRepository repository;

	private final ServingLayerEvents events;

	private final AlertMail mail;

	private final AlertSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AlertPoller(AlertRepository repository, ServingLayerEvents events, AlertMail mail, AlertSettings settings,
			TransactionTemplate transaction, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.mail = mail;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${watchtower.alerts.poll-interval:1m}",
			initialDelayString = "${watchtower.alerts.poll-interval:1m}")
	void onSchedule() {
		if (this.settings.enabled()) {
			try {
				poll();
			}
			catch (IOException | java.io.UncheckedIOException | ElasticsearchException ex) {
				logger.warn("Alert poll failed, trying again at the next poll: {}", ex.toString());
			}
		}
	}

	/**
	 * Polls both sources once.
	 * @return the notifications raised
	 * @throws IOException when Elasticsearch cannot be read
	 */
	int poll() throws IOException {
		return pollCases() + pollBulletins();
	}

	private int pollCases() throws IOException {
		return pollSource("cases", (since) -> {
			List<Alert> alerts = new ArrayList<>();
			for (CaseChange change : this.events.cases(since)) {
				String what = "%s %s".formatted(text(change.institutionName()), text(change.title())).strip();
				String level = LEVELS.getOrDefault(String.valueOf(change.computedLevel()),
						text(change.computedLevel()));
				alerts.add(new Alert(AlertKind.SEVERE_CASE, change.computedLevel(), "case", change.caseId(),
						"新增%s事件：%s".formatted(level, what), "事件 %s 的计算级别为%s。".formatted(change.caseId(), level),
						"cases/" + change.caseId(), time(change.updatedAt())));
				if (Boolean.TRUE.equals(change.late())) {
					alerts.add(new Alert(AlertKind.LATE_FILING, null, "case", change.caseId(), "迟报：" + what,
							"事件 %s 有报告未在时限内报送。".formatted(change.caseId()), "cases/" + change.caseId(),
							time(change.updatedAt())));
				}
			}
			return alerts;
		});
	}

	private int pollBulletins() throws IOException {
		return pollSource("bulletins",
				(since) -> this.events.bulletins(since)
					.stream()
					.map((bulletin) -> new Alert(AlertKind.NEW_BULLETIN, bulletin.level(), "bulletin",
							bulletin.bulletinId(), "新风险通报：" + text(bulletin.title()),
							"通报 %s（截至 %s）。".formatted(bulletin.bulletinId(), text(bulletin.asOf())),
							"bulletins/" + bulletin.bulletinId(), time(bulletin.asOf())))
					.toList());
	}

	private int pollSource(String source, Reader reader) throws IOException {
		List<Mail> mails = new ArrayList<>();
		Integer raised = this.transaction.execute((status) -> {
			Instant now = this.clock.instant();
			Optional<Instant> watermark = this.repository.lockWatermark(source, now);
			if (watermark.isEmpty()) {
				return 0;
			}
			List<Alert> alerts;
			try {
				alerts = reader.read(watermark.get().minus(this.settings.overlap()));
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			int count = 0;
			Instant seen = watermark.get();
			List<AlertRule> rules = this.repository.rules().stream().filter(AlertRule::enabled).toList();
			for (Alert alert : alerts) {
				for (AlertRule rule : rules) {
					if (matches(rule, alert)) {
						count += raise(rule, alert, now, mails);
					}
				}
				if (alert.at() != null && alert.at().isAfter(seen)) {
					seen = alert.at();
				}
			}
			this.repository.advanceWatermark(source, seen, now);
			return count;
		});
		mails.forEach((mail) -> this.mail.send(mail.to(), mail.subject(), mail.body(), mail.link()));
		return (raised != null) ? raised : 0;
	}

	private int raise(AlertRule rule, Alert alert, Instant now, List<Mail> mails) {
		int count = 0;
		for (String user : this.repository.enabledUsersWithAnyRole(rule.roles())) {
			if (this.repository.notify(user, rule.id(), alert.objectType(), alert.objectId(), alert.title(),
					alert.body(), alert.link(), now)) {
				count++;
			}
		}
		if (count > 0 && !rule.emailTo().isEmpty()) {
			mails.add(new Mail(rule.emailTo(), alert.title(), alert.body(), alert.link()));
		}
		return count;
	}

	private static boolean matches(AlertRule rule, Alert alert) {
		if (rule.kind() != alert.kind()) {
			return false;
		}
		return rule.kind() != AlertKind.SEVERE_CASE || (alert.level() != null && rule.levels().contains(alert.level()));
	}

	private @Nullable Instant time(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(value.substring(0, Math.min(10, value.length())))
					.atStartOfDay(this.clock.getZone())
					.toInstant();
			}
			catch (DateTimeParseException ignored) {
				logger.debug("Unreadable time '{}' in the serving layer", value);
				return null;
			}
		}
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

	@FunctionalInterface
	private interface Reader {

		List<Alert> read(Instant since) throws IOException;

	}

	/**
	 * Something that may alert.
	 */
	private record Alert(AlertKind kind, @Nullable String level, String objectType, String objectId, String title,
			String body, String link, @Nullable Instant at) {
	}

	private record Mail(List<String> to, String subject, String body, String link) {
	}

}
