package dev.watchtower.portal.alert;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.watchtower.portal.base.AuditRecord;
import dev.watchtower.portal.security.Actor;
import dev.watchtower.portal.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Alert rules for administrators: list, add, switch on and off. Changes need ADMIN
 * (checked here) and are audited.
 */
@Service
public class AlertRules {

	static final Pattern EMAIL = Pattern.compile("[^@\\s,]+@[^@\\s,]+");

	static final Set<String> LEVELS = AlertPoller.LEVELS.keySet();

	private final AlertRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AlertRules(AlertRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Every rule.
	 * @return the rules
	 */
	public List<AlertRule> rules() {
		return this.repository.rules();
	}

	/**
	 * Adds a rule.
	 * @param kind what it watches
	 * @param name a name
	 * @param levels for severe cases: the levels that alert
	 * @param roles who is notified
	 * @param emailTo who is also e-mailed
	 * @return the rule
	 * @throws IllegalArgumentException when a value is not acceptable
	 * @throws IllegalStateException when the signed-in user is not an administrator
	 */
	public AlertRule create(AlertKind kind, String name, Set<String> levels, Set<Role> roles, List<String> emailTo) {
		Actor actor = administrator("alert.rule.create");
		if (name.isBlank() || name.length() > 100 || roles.isEmpty()) {
			throw new IllegalArgumentException("A rule needs a name of 1-100 characters and at least one role");
		}
		if (!LEVELS.containsAll(levels) || (kind == AlertKind.SEVERE_CASE && levels.isEmpty())) {
			throw new IllegalArgumentException("Levels must be some of " + LEVELS + ", got " + levels);
		}
		for (String address : emailTo) {
			if (!EMAIL.matcher(address).matches()) {
				throw new IllegalArgumentException("'%s' is not an e-mail address".formatted(address));
			}
		}
		AlertRule rule = new AlertRule(UUID.randomUUID(), kind, name.strip(), levels, roles, emailTo, true,
				actor.username(), this.clock.instant());
		this.repository.insert(rule);
		this.events.publishEvent(AuditRecord.success(actor.username(), "alert.rule.create", "alert-rule",
				rule.id().toString(), Map.of("kind", kind.name(), "roles", roles.toString(), "email", emailTo)));
		return rule;
	}

	/**
	 * Switches a rule on or off.
	 * @param id the rule
	 * @param enabled on or off
	 */
	public void enable(UUID id, boolean enabled) {
		Actor actor = administrator(enabled ? "alert.rule.enable" : "alert.rule.disable");
		this.repository.enable(id, enabled);
		this.events.publishEvent(AuditRecord.success(actor.username(),
				enabled ? "alert.rule.enable" : "alert.rule.disable", "alert-rule", id.toString(), Map.of()));
	}

	private Actor administrator(String action) {
		Actor actor = Actor.required();
		if (!actor.hasAnyRole(Role.ADMIN)) {
			this.events.publishEvent(AuditRecord.denied(actor.username(), action, "alert-rule", "", "role"));
			throw new IllegalStateException(
					"Only administrators change alert rules; %s is not one".formatted(actor.username()));
		}
		return actor;
	}

}
