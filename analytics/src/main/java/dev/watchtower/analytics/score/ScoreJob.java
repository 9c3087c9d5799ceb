package dev.watchtower.analytics.score;

import java.util.Set;
import java.util.Optional;
import java.util.List;
import java.util.Map;

import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.Snapshot;
import dev.watchtower.analytics.run.AnalyticsJob;
import dev.watchtower.analytics.run.JobContext;
import dev.watchtower.analytics.run.JobResult;
import dev.watchtower.analytics.situation.IncidentFacts;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code scores} job (after {@code deadlines} and {@code correlations}).
 */
public final class ScoreJob implements AnalyticsJob {

	public static final String NAME = "scores";

	private static final Logger logger = LoggerFactory.getLogger(ScoreJob.class);

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<Tables> tables() {
		return Optional
			.of(new Tables(Set.of(LakeTable.INCIDENTS, LakeTable.DEADLINE_CHECKS, LakeTable.ANNUAL_REPORT_CHECKS,
					LakeTable.CORRELATIONS, LakeTable.KEV_MATCHES), Set.of(LakeTable.INSTITUTION_SCORES)));
	}

	@Override
	public JobResult run(JobContext context) {
		Snapshot incidents = ScoreSources.read(context.spark(), context.lake(), LakeTable.INCIDENTS);
		Snapshot checks = ScoreSources.read(context.spark(), context.lake(), LakeTable.DEADLINE_CHECKS);
		Snapshot annual = ScoreSources.read(context.spark(), context.lake(), LakeTable.ANNUAL_REPORT_CHECKS);
		Snapshot correlations = ScoreSources.read(context.spark(), context.lake(), LakeTable.CORRELATIONS);
		Snapshot kev = ScoreSources.read(context.spark(), context.lake(), LakeTable.KEV_MATCHES);
		Dataset<Row> facts = IncidentFacts.of(context, incidents, checks);
		Dataset<Row> values = ScoreTransforms.factorValues(facts, kev.rows(), correlations.rows(), annual.rows(),
				context.rules(), context.settings().asOf());
		Dataset<Row> scores = ScoreTransforms.scores(values, ScoreTransforms.institutions(incidents.rows()),
				context.rules(), context.settings().asOf(),
				Snapshot.versionsColumn(List.of(incidents, checks, annual, correlations, kev)));
		long version = ScoreSinks.replaceScores(context.lake(), scores);
		long count = context.lake().readAt(context.spark(), LakeTable.INSTITUTION_SCORES, version).rows().count();
		logger.info("scores: {} institutions scored as of {} with rules {} (gold/institution_scores v{})", count,
				context.settings().asOf(), context.rules().version(), version);
		return new JobResult(NAME, Map.of(LakeTable.INSTITUTION_SCORES.path(), version), Map.of("institutions", count));
	}

}
