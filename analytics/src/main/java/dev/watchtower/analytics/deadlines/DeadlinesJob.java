package dev.watchtower.analytics.deadlines;

import java.util.Set;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.Snapshot;
import dev.watchtower.analytics.lake.Watermark;
import dev.watchtower.analytics.lake.Watermarks;
import dev.watchtower.analytics.run.AnalyticsJob;
import dev.watchtower.analytics.run.JobContext;
import dev.watchtower.analytics.run.JobResult;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

/**
 * The {@code deadlines} job: {@code gold/deadline_checks} and
 * {@code gold/annual_report_checks} for the as-of day (verdicts depend on it: a pending
 * report becomes missing when its due time passes).
 * <p>
 * The incident checks are recomputed in full on the first run of an as-of day, after a
 * change of the rulebook or the working-day calendar, or with {@code --full}; otherwise
 * only those of the incidents rebuilt since the last run are replaced (ADR 28).
 */
public final class DeadlinesJob implements AnalyticsJob {

	public static final String NAME = "deadlines";

	/**
	 * The watermark source that records which deadline rules the checks were made with.
	 */
	static final String RULES = "rules/deadlines";

	/**
	 * How the {@code incidents} job writes {@code silver/incidents}: a MERGE of rebuilt
	 * incidents, or a full rebuild; both stamp every row they write.
	 */
	private static final Set<String> INCIDENTS_WRITES = Set.of("MERGE", "WRITE");

	private static final Logger logger = LoggerFactory.getLogger(DeadlinesJob.class);

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Optional<Tables> tables() {
		return Optional.of(new Tables(
				Set.of(LakeTable.INCIDENTS, LakeTable.INCIDENT_REPORTS, LakeTable.ANNUAL_REPORTS,
						LakeTable.DEADLINE_CHECKS, LakeTable.ANNUAL_REPORT_CHECKS, LakeTable.WATERMARKS),
				Set.of(LakeTable.DEADLINE_CHECKS, LakeTable.ANNUAL_REPORT_CHECKS, LakeTable.WATERMARKS)));
	}

	@Override
	public JobResult run(JobContext context) {
		LocalDate asOf = context.settings().asOf();
		Snapshot incidents = DeadlinesSources.incidents(context.spark(), context.lake());
		Snapshot annual = DeadlinesSources.annualReports(context.spark(), context.lake());
		Watermarks watermarks = new Watermarks(context.spark(), context.lake());
		Watermark rules = new Watermark(NAME, RULES, DeadlinesSources.rulesDigest(), null, asOf);
		Map<String, Watermark> marks = context.settings().full() ? Map.of() : watermarks.all(NAME);
		Optional<Long> since = checkedThrough(context, marks, rules, incidents);
		Column versions = Snapshot.versionsColumn(List.of(incidents));
		Dataset<Row> rebuilt = incidents.rows()
			.where(col(DeadlinesSources.REPORTS_VERSION).gt(since.orElse(Long.MIN_VALUE)));
		Row survey = rebuilt.agg(count(lit(1)), max(DeadlinesSources.REPORTS_VERSION)).first();
		long changed = survey.getLong(0);
		long through = survey.isNullAt(1) ? since.orElse(-1L) : survey.getLong(1);
		boolean full = since.isEmpty() || (changed > 0 && changed * 2 >= incidents.rows().count());
		long checksVersion;
		if (full) {
			checksVersion = DeadlinesSinks.replaceChecks(context.lake(),
					DeadlinesTransforms.incidentChecks(incidents.rows(), asOf, versions));
		}
		else if (changed == 0) {
			checksVersion = context.lake().version(context.spark(), LakeTable.DEADLINE_CHECKS).orElseThrow();
		}
		else {
			checksVersion = DeadlinesSinks.replaceChecksOf(context.lake(), rebuilt.select("case_id"),
					DeadlinesTransforms.incidentChecks(rebuilt, asOf, versions));
		}
		Watermark annualMark = marks.get(LakeTable.ANNUAL_REPORTS.path());
		long annualVersion;
		if (!full && changed == 0 && annualMark != null && annualMark.sourceVersion() == annual.version()
				&& context.lake().exists(context.spark(), LakeTable.ANNUAL_REPORT_CHECKS)) {
			// same day, same rules, no incident rebuilt, no annual report since
			annualVersion = context.lake().version(context.spark(), LakeTable.ANNUAL_REPORT_CHECKS).orElseThrow();
		}
		else {
			Dataset<Row> dueDates = DeadlinesSources.annualDueDates(context.spark(), asOf.getYear());
			annualVersion = DeadlinesSinks.replaceAnnualChecks(context.lake(),
					DeadlinesTransforms.annualChecks(incidents.rows(), annual.rows(), dueDates, asOf,
							Snapshot.versionsColumn(List.of(incidents, annual))));
		}
		watermarks.put(
				List.of(new Watermark(NAME, LakeTable.INCIDENT_REPORTS.path(), through, null, asOf),
						new Watermark(NAME, LakeTable.ANNUAL_REPORTS.path(), annual.version(), null, asOf),
						new Watermark(NAME, LakeTable.INCIDENTS.path(), incidents.version(), null, asOf), rules),
				context.clock().instant());
		Map<String, Long> verdicts = DeadlinesSinks.verdictCounts(context.spark(), context.lake(), checksVersion);
		logger.info("deadlines: as of {}, {}, incident verdicts {} (gold/deadline_checks v{}, annual v{})", asOf,
				full ? "all incidents checked" : changed + " rebuilt incidents checked again", verdicts, checksVersion,
				annualVersion);
		return new JobResult(NAME, Map.of(LakeTable.DEADLINE_CHECKS.path(), checksVersion,
				LakeTable.ANNUAL_REPORT_CHECKS.path(), annualVersion), verdicts);
	}

	/**
	 * The {@code silver/incident_reports} version through which the checks are up to
	 * date: those of the incidents rebuilt from a later one are replaced. Empty when
	 * every incident must be checked again: no earlier run, another as-of day (verdicts
	 * and overdue minutes move with it), other rules, no checks table, or a
	 * {@code silver/incidents} changed since otherwise than by the {@code incidents}
	 * job's writes, which stamp what they write (a RESTORE, an UPDATE, deleted incidents:
	 * ADR 40). (A full rebuild of {@code silver/incidents} stamps every row with its
	 * version, and a run where at least half the incidents were rebuilt checks them all.)
	 */
	private static Optional<Long> checkedThrough(JobContext context, Map<String, Watermark> marks, Watermark rules,
			Snapshot incidents) {
		Watermark last = marks.get(LakeTable.INCIDENT_REPORTS.path());
		Watermark lastRules = marks.get(RULES);
		Watermark lastIncidents = marks.get(LakeTable.INCIDENTS.path());
		if (last == null || lastRules == null || lastIncidents == null || !last.asOf().equals(rules.asOf())
				|| lastRules.sourceVersion() != rules.sourceVersion()
				|| !context.lake().exists(context.spark(), LakeTable.DEADLINE_CHECKS)) {
			return Optional.empty();
		}
		if (!context.lake()
			.onlyWrittenSince(context.spark(), LakeTable.INCIDENTS, lastIncidents.sourceVersion(), incidents.version(),
					INCIDENTS_WRITES)) {
			logger.info("deadlines: silver/incidents changed since v{} otherwise than by the incidents job: "
					+ "every incident is checked again", lastIncidents.sourceVersion());
			return Optional.empty();
		}
		return Optional.of(last.sourceVersion());
	}

}
