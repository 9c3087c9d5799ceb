package dev.watchtower.portal.schedule;

import java.util.Locale;

/**
 * The analytics jobs a schedule can run ({@code docs/analytics-runs.md}).
 */
public enum AnalyticsJob {

	/** Incidents from the silver tables. */
	INCIDENTS,

	/** Deadline checks: late and missing filings. */
	DEADLINES,

	/** Industry posture aggregates. */
	POSTURE,

	/** Cross-institution correlations. */
	CORRELATIONS,

	/** Institution risk scores. */
	SCORES,

	/** Risk bulletins. */
	BULLETINS,

	/** The Elasticsearch serving layer. */
	INDEX,

	/** Every job in order. */
	ALL,

	/** Lake maintenance: compaction, and removal of files older than their retention. */
	MAINTAIN;

	/**
	 * The job's name on the command line.
	 * @return e.g. {@code posture}
	 */
	public String commandName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
