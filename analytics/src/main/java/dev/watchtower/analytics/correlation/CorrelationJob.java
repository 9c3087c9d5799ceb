package dev.watchtower.analytics.correlation;

import java.util.Set;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
 * The {@code correlations} job; {@code --kev FILE} loads a newer KEV catalogue, whose
 * version is recorded in {@code source_versions} as {@code kev:<version>}.
 */
public final class CorrelationJob implements AnalyticsJob {

	public static final String NAME = "correlations";

	private static final Logger logger = LoggerFactory.getLogger(CorrelationJob.class);

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<Tables> tables() {
		return Optional.of(new Tables(Set.of(LakeTable.INCIDENTS, LakeTable.ANNUAL_REPORTS),
				Set.of(LakeTable.CORRELATIONS, LakeTable.KEV_MATCHES)));
	}

	@Override
	public JobResult run(JobContext context) {
		Snapshot incidents = CorrelationSources.incidents(context.spark(), context.lake());
		Snapshot annual = CorrelationSources.annualReports(context.spark(), context.lake());
		KevCatalogue catalogue = KevCatalogue.load(context.settings().kevFile());
		Dataset<Row> kev = CorrelationSources.kev(context.spark(), catalogue);
		Map<String, Long> versions = new TreeMap<>(Snapshot.versions(List.of(incidents, annual)));
		versions.put("kev:" + catalogue.version(), (long) catalogue.rows().size());
		Column sourceVersions = Snapshot.versionsColumn(versions);
		Dataset<Row> incidentRows = incidents.rows().cache();
		Dataset<Row> correlations = CorrelationTransforms.correlations(
				CorrelationTransforms.shared(incidentRows, kev, context.rules(), context.settings().asOf()),
				CorrelationTransforms.recurrences(incidentRows, context.rules(), context.settings().asOf()),
				CorrelationTransforms.annualMismatches(incidentRows, annual.rows()), context.rules(),
				context.settings().asOf(), sourceVersions);
		long correlationsVersion = CorrelationSinks.replaceCorrelations(context.lake(), correlations);
		long kevVersion = CorrelationSinks.replaceKevMatches(context.lake(),
				CorrelationTransforms.kevMatches(incidentRows, kev, catalogue.version(), sourceVersions));
		incidentRows.unpersist();
		Map<String, Long> counts = new TreeMap<>();
		context.lake()
			.readAt(context.spark(), LakeTable.CORRELATIONS, correlationsVersion)
			.rows()
			.groupBy("kind")
			.count()
			.collectAsList()
			.forEach((row) -> counts.put(row.getString(0), row.getLong(1)));
		logger.info("correlations: as of {}, groups {} with KEV catalogue {} (gold/correlations v{})",
				context.settings().asOf(), counts, catalogue.version(), correlationsVersion);
		return new JobResult(NAME,
				Map.of(LakeTable.CORRELATIONS.path(), correlationsVersion, LakeTable.KEV_MATCHES.path(), kevVersion),
				counts);
	}

}
