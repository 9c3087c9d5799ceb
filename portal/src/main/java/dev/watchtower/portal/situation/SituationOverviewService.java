package dev.watchtower.portal.situation;

import java.time.Clock;

import dev.watchtower.portal.security.UserDirectory;

import org.springframework.stereotype.Service;

/**
 * Reads the live counts for the overview view from PostgreSQL and Elasticsearch.
 */
@Service
public class SituationOverviewService {

	private final UserDirectory users;

	private final SearchClusterProbe search;

	private final Clock clock;

	SituationOverviewService(UserDirectory users, SearchClusterProbe search, Clock clock) {
		this.users = users;
		this.search = search;
		this.clock = clock;
	}

	/**
	 * Reads the counts now.
	 * @return the overview as of the clock's current instant
	 */
	public SituationOverview current() {
		return new SituationOverview(this.clock.instant(), this.users.countEnabledUsersByRole(), this.search.probe());
	}

}
