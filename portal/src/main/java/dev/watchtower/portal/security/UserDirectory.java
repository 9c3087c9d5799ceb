package dev.watchtower.portal.security;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read-only facts about the portal's users for other features.
 */
@Service
public class UserDirectory {

	private final JdbcClient jdbc;

	UserDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts the enabled users holding each role.
	 * @return one entry per {@link Role}, zero where nobody holds it
	 */
	public Map<Role, Long> countEnabledUsersByRole() {
		Map<Role, Long> counts = new EnumMap<>(Role.class);
		this.jdbc.sql("""
				select r.name, count(u.username) as users
				from roles r
				left join authorities a on a.authority = r.authority
				left join users u on u.username = a.username and u.enabled
				group by r.name
				""").query((row) -> {
			counts.put(Role.valueOf(row.getString("name")), row.getLong("users"));
		});
		for (Role role : Role.values()) {
			counts.putIfAbsent(role, 0L);
		}
		return counts;
	}

}
