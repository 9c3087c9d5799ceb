package dev.watchtower.analytics.incidents;

import java.util.Set;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.Snapshot;
import dev.watchtower.analytics.lake.TableChanges;
import dev.watchtower.analytics.lake.Watermark;
import dev.watchtower.analytics.lake.Watermarks;
import dev.watchtower.analytics.run.AnalyticsJob;
import dev.watchtower.analytics.run.JobContext;
import dev.watchtower.analytics.run.JobResult;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code incidents} job. A full run rebuilds {@code silver/incidents} from every
 * report; an incremental run (the default once a watermark exists) rebuilds only the
 * incidents that received a report since the last run and MERGEs them (ADR 0014).
 */
public final class IncidentsJob implements AnalyticsJob {

	public static final String NAME = "incidents";

	private static final String[] KEY = { "institution_code", "incident_id" };

	private static final Logger logger = LoggerFactory.getLogger(IncidentsJob.class);

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<Tables> tables() {
		return Optional.of(new Tables(Set.of(LakeTable.INCIDENT_REPORTS, LakeTable.INCIDENTS, LakeTable.WATERMARKS),
				Set.of(LakeTable.INCIDENTS, LakeTable.INCIDENTS_REJECTED, LakeTable.WATERMARKS)));
	}

	@Override
	public JobResult run(JobContext context) {
		Snapshot reports = IncidentsSources.reports(context.spark(), context.lake());
		Watermarks watermarks = new Watermarks(context.spark(), context.lake());
		Optional<Watermark> last = context.settings().full() ? Optional.empty()
				: watermarks.get(NAME, LakeTable.INCIDENT_REPORTS)
					.filter((mark) -> context.lake().exists(context.spark(), LakeTable.INCIDENTS));
		if (last.isPresent() && last.get().sourceVersion() == reports.version()) {
			logger.info("incidents: silver/incident_reports is still at version {}; nothing to do", reports.version());
			return new JobResult(NAME, Map.of(), Map.of("incidents", 0L));
		}
		// what the commits since the last run did to the reports, from the Delta log
		// (ADR 40): read in full when that cannot be told exactly
		Optional<TableChanges> changes = last.flatMap((mark) -> context.lake()
			.changes(context.spark(), LakeTable.INCIDENT_REPORTS, mark.sourceVersion(), reports.version()));
		boolean full = changes.isEmpty();
		Dataset<Row> input = reports.rows();
		// the rows taken out, when any: read once (the older versions are scanned whole
		// for their files) and kept for the run, as every step below asks for them
		@Nullable Dataset<Row> removed = changes.filter(TableChanges::rowsRemoved)
			.map((changed) -> context.shared()
				.get("report rows of %s taken out after v%d through v%d".formatted(LakeTable.INCIDENT_REPORTS.path(),
						last.get().sourceVersion(), reports.version()),
						() -> changed.removed().select("institution_code", "incident_id", "filing_id", "version")))
			.orElse(null);
		// the rows new to the table: all of them on a full run
		Dataset<Row> fresh = full ? input
				: IncidentsTransforms.received(IncidentsSources.columns(changes.get().added()), removed);
		Row survey = IncidentsTransforms.survey(fresh).first();
		// no row new since the last run (the table changed otherwise): the mark stays
		Optional<Timestamp> highWater = Optional.ofNullable(survey.getTimestamp(0))
			.or(() -> last.map(Watermark::highWaterAt).map(Timestamp::from));
		long unusable = survey.getLong(1);
		Instant runAt = context.clock().instant();
		if (!full) {
			input = input.join(IncidentsTransforms.touchedIncidents(fresh, removed), KEY, "left_semi");
		}
		// computed once, by the write: not cached and counted first (the count is the
		// commit's own metric)
		Dataset<Row> incidents = IncidentsTransforms.incidents(IncidentsTransforms.usable(input), reports.version());
		long version;
		long count;
		if (full) {
			version = IncidentsSinks.replace(context.lake(), incidents);
			count = context.lake().committedRows(context.spark(), LakeTable.INCIDENTS, version, "numOutputRows");
		}
		else {
			// declared (a property it lacks set) before the version is noted, so that
			// a MERGE that commits nothing is told from one that does
			IncidentsSinks.declare(context.lake(), incidents);
			long previous = context.lake().version(context.spark(), LakeTable.INCIDENTS).orElse(-1L);
			version = IncidentsSinks.merge(context.lake(), incidents);
			count = (version == previous) ? 0
					: context.lake().committedRows(context.spark(), LakeTable.INCIDENTS, version, "numSourceRows");
			if (removed != null) {
				// reports taken out (a DELETE, a filing moved to another incident): an
				// incident left without a usable report is no more
				version = IncidentsSinks.deleteAbandoned(context.lake(), removed,
						IncidentsTransforms.usable(reports.rows()));
			}
		}
		// every rejected row once: all of them on a full run, the newly received ones
		// otherwise
		Dataset<Row> rejected = (unusable > 0) ? IncidentsTransforms.rejected(fresh)
				: IncidentsTransforms.noneRejected(fresh);
		long rejectedCount = IncidentsSinks.rejects(context.lake(), rejected, context.settings().asOf(), runAt, full);
		watermarks.put(new Watermark(NAME, LakeTable.INCIDENT_REPORTS.path(), reports.version(),
				highWater.map(Timestamp::toInstant).orElse(null), context.settings().asOf()), runAt);
		logger.info("incidents: {} {} incidents from silver/incident_reports v{} ({} rows rejected)",
				full ? "rebuilt" : "merged", count, reports.version(), rejectedCount);
		return new JobResult(NAME, Map.of(LakeTable.INCIDENTS.path(), version),
				Map.of("incidents", count, "rejected", rejectedCount));
	}

}
