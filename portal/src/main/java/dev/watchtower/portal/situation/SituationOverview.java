package dev.watchtower.portal.situation;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import dev.watchtower.portal.security.Role;

/**
 * Live counts shown on the overview, as observed at one instant.
 *
 * @param observedAt when the counts were read
 * @param usersByRole enabled users per role, from PostgreSQL
 * @param search the state of the Elasticsearch serving layer
 */
public record SituationOverview(Instant observedAt, Map<Role, Long> usersByRole, SearchClusterState search) {

	public SituationOverview {
		Objects.requireNonNull(observedAt, "observedAt must not be null");
		Objects.requireNonNull(search, "search must not be null");
		Objects.requireNonNull(usersByRole, "usersByRole must not be null");
		usersByRole = Map.copyOf(new EnumMap<>(usersByRole));
	}

	/**
	 * Enabled users over all roles.
	 * @return the sum of {@link #usersByRole()}
	 */
	public long totalUsers() {
		return this.usersByRole.values().stream().mapToLong(Long::longValue).sum();
	}

}
