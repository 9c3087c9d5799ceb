package dev.watchtower.analytics;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dev.watchtower.analytics.bulletin.BulletinJob;
import dev.watchtower.analytics.correlation.CorrelationJob;
import dev.watchtower.analytics.deadlines.DeadlinesJob;
import dev.watchtower.analytics.incidents.IncidentsJob;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.SilverFixtures.ReportRow;
import dev.watchtower.analytics.run.AnalyticsJob;
import dev.watchtower.analytics.run.JobContext;
import dev.watchtower.analytics.score.ScoreJob;
import dev.watchtower.analytics.situation.PostureJob;
import org.apache.spark.sql.SparkSession;

import static dev.watchtower.analytics.lake.SilverFixtures.annual;
import static dev.watchtower.analytics.lake.SilverFixtures.append;
import static dev.watchtower.analytics.lake.SilverFixtures.institution;
import static dev.watchtower.analytics.lake.SilverFixtures.report;
import static dev.watchtower.analytics.lake.SilverFixtures.rows;

/**
 * A small industry, as of 2026-03-31 (bulletin window 2026-03-02 to 2026-03-31), built so
 * that every gold job has something exact to find:
 * <ul>
 * <li>network attacks (NA): 6 in the window at B1, B2 (two each), B3 and S1 against one
 * in the baseline (B1, December): a category spike; its sector breakdown withholds
 * SECURITIES (one institution);</li>
 * <li>"Ivanti Connect Secure" / CVE-2024-21887 (KEV) at B1, B2 and S1: a vendor alert,
 * both sector cells withheld (2 and 1 institutions);</li>
 * <li>banks: 10 incidents in the window, 3 with a late first report (B3-NA, B4-DE,
 * B4-MP): 30 % &gt; 25 %, province 31 (B4 alone) withheld;</li>
 * <li>B1 and B2 attacked again within 183 days: recurrences; B1's annual NFRA report for
 * 2025 declares no incidents but B1 filed a MAJOR one in December.</li>
 * </ul>
 */
public final class GoldFixture {

	public static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

	public static final String B1 = institution("B1");

	public static final String B2 = institution("B2");

	public static final String B3 = institution("B3");

	public static final String B4 = institution("B4");

	public static final String S1 = institution("C1");

	public static final String IVANTI_CVE = "CVE-2024-21887";

	private static Path prepared;

	private GoldFixture() {
	}

	/**
	 * A copy of the fixture lake after the whole chain ran (once per JVM), so test
	 * classes share the cost of the chain and may change their copy.
	 * @param target an empty folder
	 * @return the lake folder
	 */
	public static synchronized Path preparedLake(Path target) {
		try {
			if (prepared == null) {
				Path lake = java.nio.file.Files.createTempDirectory("watchtower-gold-fixture");
				SparkSession spark = TestSpark.session();
				write(spark, lake);
				// one context for the chain, as the command line runs it: posture, scores
				// and bulletins share the incident facts
				JobContext context = TestSpark.context(lake, AS_OF, false);
				for (AnalyticsJob job : chain()) {
					job.run(context);
				}
				context.shared().release();
				prepared = lake;
			}
			Path copy = target.resolve("lake");
			try (var paths = java.nio.file.Files.walk(prepared)) {
				for (Path path : paths.toList()) {
					Path destination = copy.resolve(prepared.relativize(path).toString());
					if (java.nio.file.Files.isDirectory(path)) {
						java.nio.file.Files.createDirectories(destination);
					}
					else {
						java.nio.file.Files.copy(path, destination);
					}
				}
			}
			return copy;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	public static void write(SparkSession spark, Path lake) {
		append(spark, lake, LakeTable.INCIDENT_REPORTS,
				rows(bank(B1, "B1-NA-DEC", "NA", "ATTACK")
					.withTimes("2025-12-10T09:00", "2025-12-10T09:10", "2025-12-10T10:00")
					.withLevels("MAJOR", null),
						bank(B1, "B1-NA-DEC", "NA", "ATTACK")
							.withStage("FINAL")
							.withFiling("B1-NA-DEC-FINAL", 1)
							.withTimes("2025-12-10T09:00", "2025-12-10T09:10", "2025-12-12T10:00")
							.withRecoveredAt("2025-12-10T12:00")
							.withLevels("MAJOR", null),
						bank(B1, "B1-NA-1", "NA", "ATTACK")
							.withTimes("2026-03-05T09:00", "2026-03-05T09:20", "2026-03-05T10:00")
							.withImpact(120, 1000, 0)
							.withVendors("Ivanti Connect Secure")
							.withCves(IVANTI_CVE),
						bank(B1, "B1-NA-2", "NA", "ATTACK").withTimes("2026-03-12T14:00", "2026-03-12T14:30",
								"2026-03-12T15:00"),
						bank(B1, "B1-DE", "DE", "DEFECT_OR_FAILURE").withTimes("2026-03-20T08:00", "2026-03-20T08:05",
								"2026-03-20T09:00"),
						bank(B2, "B2-NA-1", "NA", "ATTACK")
							.withTimes("2026-03-05T11:00", "2026-03-05T11:10", "2026-03-05T11:40")
							.withImpact(60, 500, 0)
							.withVendors("Ivanti Connect Secure")
							.withCves(IVANTI_CVE),
						bank(B2, "B2-NA-2", "NA", "ATTACK").withTimes("2026-03-15T10:00", "2026-03-15T10:10",
								"2026-03-15T10:40"),
						bank(B2, "B2-DE", "DE", "DEFECT_OR_FAILURE").withTimes("2026-03-21T08:00", "2026-03-21T08:05",
								"2026-03-21T09:00"),
						bank(B3, "B3-NA", "NA", "ATTACK").withTimes("2026-03-18T10:00", "2026-03-18T10:05",
								"2026-03-18T13:00"),
						bank(B3, "B3-DE", "DE", "DEFECT_OR_FAILURE").withTimes("2026-03-22T08:00", "2026-03-22T08:05",
								"2026-03-22T09:00"),
						bank(B4, "B4-DE", "DE", "DEFECT_OR_FAILURE").withProvince("31")
							.withTimes("2026-03-23T08:00", "2026-03-23T08:05", "2026-03-23T11:00"),
						bank(B4, "B4-MP", "MP", "ATTACK").withProvince("31")
							.withTimes("2026-03-24T08:00", "2026-03-24T08:05", "2026-03-24T12:30"),
						report(S1, "S1-NA", "INITIAL").withSector("SECURITIES")
							.withProvince("44")
							.withName("测试证券股份有限公司")
							.withRegimes("CSRC")
							.withCategory("NA", "ATTACK")
							.withTimes("2026-03-06T10:00", "2026-03-06T10:05", "2026-03-06T10:30")
							.withVendors("ivanti connect secure ")
							.withCves(IVANTI_CVE)));
		append(spark, lake, LakeTable.ANNUAL_REPORTS, rows(annual(B1, "NFRA", 2025).withIncidents(0, 0, 0, 0, 0)));
	}

	static ReportRow bank(String code, String incident, String category, String cause) {
		return report(code, incident, "INITIAL").withName("测试银行" + code.substring(8, 10)).withCategory(category, cause);
	}

	/**
	 * The whole chain, in dependency order.
	 * @return the jobs
	 */
	public static List<AnalyticsJob> chain() {
		return List.of(new IncidentsJob(), new DeadlinesJob(), new PostureJob(), new CorrelationJob(), new ScoreJob(),
				new BulletinJob());
	}

}
