package dev.watchtower.analytics.situation;

import java.util.Set;
import java.util.Optional;
import java.util.List;
import java.util.Map;

import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.Snapshot;
import dev.watchtower.analytics.run.AnalyticsJob;
import dev.watchtower.analytics.run.JobContext;
import dev.watchtower.analytics.run.JobResult;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code posture} job: situational-awareness aggregates and peer benchmarks as of a
 * day, recomputed in full (they are small, and late verdicts change with the day).
 */
public final class PostureJob implements AnalyticsJob {

	public static final String NAME = "posture";

	private static final Logger logger = LoggerFactory.getLogger(PostureJob.class);

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<Tables> tables() {
		return Optional.of(new Tables(Set.of(LakeTable.INCIDENTS, LakeTable.DEADLINE_CHECKS),
				Set.of(LakeTable.POSTURE, LakeTable.PEER_BENCHMARKS)));
	}

	@Override
	public JobResult run(JobContext context) {
		Snapshot incidents = PostureSources.incidents(context.spark(), context.lake());
		Snapshot checks = PostureSources.deadlineChecks(context.spark(), context.lake());
		Column versions = Snapshot.versionsColumn(List.of(incidents, checks));
		Dataset<Row> facts = IncidentFacts.of(context, incidents, checks);
		long postureVersion = PostureSinks.replacePosture(context.lake(),
				PostureTransforms.posture(facts, context.settings().asOf(), versions));
		Dataset<Row> institutions = PostureTransforms.institutionFigures(facts, context.settings().asOf(),
				context.rules().score().windowDays(), context.rules());
		long peersVersion = PostureSinks.replacePeerBenchmarks(context.lake(),
				PostureTransforms.peerBenchmarks(institutions, context.rules(), context.settings().asOf(), versions));
		logger.info("posture: as of {} (gold/posture v{}, gold/peer_benchmarks v{})", context.settings().asOf(),
				postureVersion, peersVersion);
		return new JobResult(NAME,
				Map.of(LakeTable.POSTURE.path(), postureVersion, LakeTable.PEER_BENCHMARKS.path(), peersVersion),
				Map.of());
	}

}
