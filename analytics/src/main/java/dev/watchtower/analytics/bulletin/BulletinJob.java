package dev.watchtower.analytics.bulletin;

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
 * The {@code bulletins} job (after {@code deadlines} and {@code correlations}).
 */
public final class BulletinJob implements AnalyticsJob {

	public static final String NAME = "bulletins";

	private static final Logger logger = LoggerFactory.getLogger(BulletinJob.class);

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<Tables> tables() {
		return Optional.of(new Tables(
				Set.of(LakeTable.INCIDENTS, LakeTable.DEADLINE_CHECKS, LakeTable.KEV_MATCHES, LakeTable.BULLETINS),
				Set.of(LakeTable.BULLETINS)));
	}

	@Override
	public JobResult run(JobContext context) {
		Snapshot incidents = BulletinSources.read(context.spark(), context.lake(), LakeTable.INCIDENTS);
		Snapshot checks = BulletinSources.read(context.spark(), context.lake(), LakeTable.DEADLINE_CHECKS);
		Snapshot kev = BulletinSources.read(context.spark(), context.lake(), LakeTable.KEV_MATCHES);
		BulletinLabels labels = BulletinLabels.reference();
		Dataset<Row> facts = IncidentFacts.of(context, incidents, checks);
		Dataset<Row> fired = BulletinTransforms
			.categorySpikes(facts, context.rules(), labels, context.settings().asOf())
			.unionByName(BulletinTransforms.vendorSpread(facts, BulletinSources.kevCves(kev), context.rules(), labels,
					context.settings().asOf()))
			.unionByName(BulletinTransforms.lateFiling(facts, context.rules(), labels, context.settings().asOf()));
		Dataset<Row> bulletins = BulletinTransforms
			.bulletins(fired, context.rules(), context.settings().asOf(),
					Snapshot.versionsColumn(List.of(incidents, checks, kev)))
			.cache();
		long count = bulletins.count();
		long version = BulletinSinks.merge(context.lake(), bulletins, context.settings().asOf());
		bulletins.unpersist();
		logger.info("bulletins: {} fired as of {} with rules {} (gold/bulletins v{})", count, context.settings().asOf(),
				context.rules().version(), version);
		return new JobResult(NAME, Map.of(LakeTable.BULLETINS.path(), version), Map.of("bulletins", count));
	}

}
