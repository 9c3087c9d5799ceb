package dev.watchtower.analytics.lake;

import java.util.Map;

/**
 * The Delta tables the analytics jobs read or write, by their path under the lake root
 * ({@code docs/lake.md}; the gold tables are described in {@code analytics/README.md}).
 */
public enum LakeTable {

	/** One row per report stage, latest version (written by batch). */
	INCIDENT_REPORTS("silver/incident_reports"),
	/** One row per annual report, latest version (written by batch). */
	ANNUAL_REPORTS("silver/annual_reports"),
	/** One row per institution (written by batch). */
	INSTITUTIONS("silver/institutions"),
	/**
	 * One row per incident: latest state and stage chain (analytics, MERGE). Deletion
	 * vectors: an incremental MERGE marks the replaced rows instead of rewriting every
	 * file that holds one (ADR 27). File statistics on {@code reports_version} besides
	 * the columns Delta indexes by default: the deadlines job asks for the incidents
	 * rebuilt since a version (ADR 28), which then reads only the files written since
	 * (ADR 32).
	 */
	INCIDENTS("silver/incidents",
			Map.of("delta.enableDeletionVectors", "true", "delta.dataSkippingStatsColumns",
					"case_id,institution_code,incident_id,institution_name,sector,province,category,cause,"
							+ "latest_stage,status,stage_count,occurred_at,detected_at,first_reported_at,"
							+ "last_reported_at,recovered_at,self_assessed_level,computed_level,effective_level,"
							+ "detect_minutes,report_minutes,recover_minutes,outage_minutes,persons_affected,"
							+ "organizations_affected,personal_records_leaked,serves_persons,reports_version"),
			true),
	/** Report rows the incidents job could not use, with the reason. */
	INCIDENTS_REJECTED("silver/incidents_rejected"),
	/**
	 * One row per incident, regime and required report. Deletion vectors: an incremental
	 * run replaces the checks of the changed incidents in place (ADR 28).
	 */
	DEADLINE_CHECKS("gold/deadline_checks", Map.of("delta.enableDeletionVectors", "true"), true),
	/** One row per institution, regime and reporting year. */
	ANNUAL_REPORT_CHECKS("gold/annual_report_checks"),
	/** Aggregates by day or month, sector, category, level and province. */
	POSTURE("gold/posture"),
	/** Peer groups by sector and institution size. */
	PEER_BENCHMARKS("gold/peer_benchmarks"),
	/**
	 * Groups of related incidents (shared vendor or CVE, recurrence, annual mismatch).
	 */
	CORRELATIONS("gold/correlations"),
	/** Incident CVEs found in the CISA Known Exploited Vulnerabilities catalogue. */
	KEV_MATCHES("gold/kev_matches", Map.of(), true),
	/** One risk score per institution with its factors. */
	INSTITUTION_SCORES("gold/institution_scores"),
	/** Risk bulletins (风险提示 / 行业通报). */
	BULLETINS("gold/bulletins"),
	/** What each job last processed. */
	WATERMARKS("gold/_watermarks"),
	/** Content hash of every document last indexed, per index. */
	SERVING_STATE("gold/_serving_state");

	private final String path;

	private final Map<String, String> properties;

	private final boolean keepsHistory;

	LakeTable(String path) {
		this(path, Map.of());
	}

	LakeTable(String path, Map<String, String> properties) {
		this(path, properties, false);
	}

	LakeTable(String path, Map<String, String> properties, boolean keepsHistory) {
		this.path = path;
		this.properties = properties;
		this.keepsHistory = keepsHistory;
	}

	/**
	 * The path under the lake root, also the key in {@code source_versions}.
	 * @return e.g. {@code silver/incident_reports}
	 */
	public String path() {
		return this.path;
	}

	/**
	 * Whether batch writes the table (the silver tables of {@code docs/lake.md}, which
	 * the analytics jobs only read and batch compacts).
	 * @return whether batch writes it
	 */
	public boolean writtenByBatch() {
		return this == INCIDENT_REPORTS || this == ANNUAL_REPORTS || this == INSTITUTIONS;
	}

	/**
	 * Whether the table keeps its Delta history as long as the rules'
	 * {@code history.reproducibleDays}: the tables whose versions a bulletin records
	 * ({@code source_versions}), so that any bulletin can be recomputed from them by time
	 * travel (ADR 30).
	 * @return whether it keeps history
	 */
	public boolean keepsHistory() {
		return this.keepsHistory;
	}

	/**
	 * The Delta table properties the table is declared with, besides its history
	 * ({@link Lake#properties(LakeTable)}).
	 * @return the properties, often none
	 */
	public Map<String, String> properties() {
		return this.properties;
	}

}
