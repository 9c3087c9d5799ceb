package dev.watchtower.portal.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import dev.watchtower.portal.security.Viewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's saved searches, in PostgreSQL ({@code saved_searches}). A saved search is
 * its URL query string, so opening it is the same as following a shared link.
 */
@Service
public class SavedSearches {

	/** Longest name accepted. */
	public static final int MAX_NAME = 120;

	private final JdbcClient jdbc;

	private final Clock clock;

	SavedSearches(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Saves a search under a name, replacing the user's search of that name.
	 * @param viewer the user
	 * @param name the name, 1 to {@value #MAX_NAME} characters
	 * @param query the search (its page cursor is dropped)
	 * @return the saved search
	 */
	@Transactional
	public SavedSearch save(Viewer viewer, String name, CaseQuery query) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
			throw new IllegalArgumentException(
					"A saved search needs a name of 1 to %d characters, got '%s'".formatted(MAX_NAME, trimmed));
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		String state = query.withAfter(null).toQueryString();
		long id = this.jdbc.sql("""
				insert into saved_searches (username, name, query, created_at) values (?, ?, ?, ?)
				on conflict (username, name) do update set query = excluded.query, created_at = excluded.created_at
				returning id
				""").param(viewer.name()).param(trimmed).param(state).param(now).query(Long.class).single();
		return new SavedSearch(id, trimmed, CaseQuery.parse(state), now.toInstant());
	}

	/**
	 * The user's saved searches, by name.
	 * @param viewer the user
	 * @return the searches
	 */
	@Transactional(readOnly = true)
	public List<SavedSearch> list(Viewer viewer) {
		return this.jdbc.sql("select id, name, query, created_at from saved_searches where username = ? order by name")
			.param(viewer.name())
			.query((row, n) -> new SavedSearch(row.getLong("id"), row.getString("name"),
					CaseQuery.parse(row.getString("query")), row.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * Deletes one of the user's saved searches.
	 * @param viewer the user
	 * @param id the search
	 * @return whether it existed
	 */
	@Transactional
	public boolean delete(Viewer viewer, long id) {
		return this.jdbc.sql("delete from saved_searches where username = ? and id = ?")
			.param(viewer.name())
			.param(id)
			.update() == 1;
	}

}
