package dev.watchtower.portal.alert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dev.watchtower.portal.security.Role;

/**
 * An alert rule.
 *
 * @param id its id
 * @param kind what it watches
 * @param name a name for people
 * @param levels for {@link AlertKind#SEVERE_CASE}: the computed levels that alert
 * ({@code EXTRAORDINARY}, {@code MAJOR}, ...)
 * @param roles who is notified
 * @param emailTo addresses that also get an e-mail (when mail is configured)
 * @param enabled whether it alerts
 * @param createdBy who created it
 * @param createdAt when
 */
public record AlertRule(UUID id, AlertKind kind, String name, Set<String> levels, Set<Role> roles, List<String> emailTo,
		boolean enabled, String createdBy, Instant createdAt) {

	public AlertRule {
		Objects.requireNonNull(id, "id must not be null");
		Objects.requireNonNull(kind, "kind must not be null");
		levels = Set.copyOf(levels);
		roles = Set.copyOf(roles);
		emailTo = List.copyOf(emailTo);
	}

}
