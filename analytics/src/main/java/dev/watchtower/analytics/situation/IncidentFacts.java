package dev.watchtower.analytics.situation;

import dev.watchtower.analytics.deadlines.DeadlinesTransforms;
import dev.watchtower.analytics.lake.Snapshot;
import dev.watchtower.analytics.run.JobContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@link PostureTransforms#incidentFacts}, which {@code posture}, {@code scores} and
 * {@code bulletins} all start from, computed once per run for the same versions of
 * {@code silver/incidents} and {@code gold/deadline_checks} and the same as-of day
 * (scanning a million incidents and aggregating their 1.8 million checks three times
 * otherwise). Only the incidents with a late or missing report meet the million incidents
 * ({@link DeadlinesTransforms#lateIncidents}, ~130,000 of the ~600,000 checked ones in
 * the benchmark); the others' facts are not late and have no late or missing filings
 * either way.
 */
public final class IncidentFacts {

	private IncidentFacts() {
	}

	/**
	 * The incident facts of the run.
	 * @param context the run's context, whose shared results keep them
	 * @param incidents {@code silver/incidents}, at least the columns the facts take
	 * @param checks {@code gold/deadline_checks}
	 * @return the facts, persisted until the run releases them
	 */
	public static Dataset<Row> of(JobContext context, Snapshot incidents, Snapshot checks) {
		String key = "incident facts of %s v%d and %s v%d as of %s".formatted(incidents.table().path(),
				incidents.version(), checks.table().path(), checks.version(), context.settings().asOf());
		return context.shared()
			.get(key, () -> PostureTransforms.incidentFacts(incidents.rows(),
					DeadlinesTransforms.lateIncidents(checks.rows()), context.settings().asOf()));
	}

}
