package dev.watchtower.portal.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * A search a user saved under a name.
 *
 * @param id its id
 * @param name the name the user gave
 * @param query the search
 * @param createdAt when it was saved
 */
public record SavedSearch(long id, String name, CaseQuery query, Instant createdAt) {

	public SavedSearch {
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(query, "query must not be null");
		Objects.requireNonNull(createdAt, "createdAt must not be null");
	}

}
