package dev.watchtower.analytics.deadlines;

import java.util.List;
import java.util.Map;

import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.Snapshot;
import dev.watchtower.analytics.run.AnalyticsJob;
import dev.watchtower.analytics.run.JobContext;
import dev.watchtower.analytics.run.JobResult;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code deadlines} job: recomputes {@code gold/deadline_checks} and
 * {@code gold/annual_report_checks} for the as-of day (verdicts depend on it: a pending
 * report becomes missing when its due time passes).
 */
public final class DeadlinesJob implements AnalyticsJob {

	public static final String NAME = "deadlines";

	private static final Logger logger = LoggerFactory.getLogger(DeadlinesJob.class);

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public JobResult run(JobContext context) {
		Snapshot incidents = DeadlinesSources.incidents(context.spark(), context.lake());
		Snapshot annual = DeadlinesSources.annualReports(context.spark(), context.lake());
		int asOfYear = context.settings().asOf().getYear();
		Dataset<Row> checks = DeadlinesTransforms.incidentChecks(incidents.rows(), context.settings().asOf(),
				Snapshot.versionsColumn(List.of(incidents)));
		long checksVersion = DeadlinesSinks.replaceChecks(context.lake(), checks);
		int firstYear = DeadlinesSources.firstYear(incidents.rows(), annual.rows(), asOfYear - 1);
		Dataset<Row> dueDates = DeadlinesSources.annualDueDates(context.spark(), firstYear, asOfYear);
		Dataset<Row> annualChecks = DeadlinesTransforms.annualChecks(incidents.rows(), annual.rows(), dueDates,
				context.settings().asOf(), Snapshot.versionsColumn(List.of(incidents, annual)));
		long annualVersion = DeadlinesSinks.replaceAnnualChecks(context.lake(), annualChecks);
		Map<String, Long> verdicts = DeadlinesSinks.verdictCounts(context.spark(), context.lake(), checksVersion);
		logger.info("deadlines: as of {}, incident verdicts {} (gold/deadline_checks v{}, annual v{})",
				context.settings().asOf(), verdicts, checksVersion, annualVersion);
		return new JobResult(NAME, Map.of(LakeTable.DEADLINE_CHECKS.path(), checksVersion,
				LakeTable.ANNUAL_REPORT_CHECKS.path(), annualVersion), verdicts);
	}

}
