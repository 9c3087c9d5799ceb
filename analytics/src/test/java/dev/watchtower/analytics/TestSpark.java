package dev.watchtower.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.rules.AnalyticsRules;
import dev.watchtower.analytics.run.JobContext;
import dev.watchtower.analytics.run.JobSettings;
import dev.watchtower.analytics.spark.SparkSessions;
import org.apache.spark.sql.SparkSession;

/**
 * One {@code local[2]} session shared by every Spark test of the JVM (STYLE item 33), and
 * job contexts on throwaway lakes.
 */
public final class TestSpark {

	private static SparkSession session;

	private TestSpark() {
	}

	public static synchronized SparkSession session() {
		if (session == null || session.sparkContext().isStopped()) {
			try {
				Path warehouse = Files.createTempDirectory("watchtower-spark-tests");
				session = SparkSessions.create("analytics-tests", "local[2]", warehouse);
				// Tiny tables: compiling generated code costs more than it saves, and one
				// shuffle partition is plenty. Production keeps Spark's defaults.
				session.conf().set("spark.sql.shuffle.partitions", "1");
				session.conf().set("spark.sql.codegen.wholeStage", "false");
				session.conf().set("spark.sql.codegen.factoryMode", "NO_CODEGEN");
				session.conf().set("spark.sql.adaptive.enabled", "false");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return session;
	}

	/**
	 * A job context on a lake folder, as of a day, with the bundled rules.
	 * @param lake the lake folder
	 * @param asOf the as-of day
	 * @param full a full run
	 * @return the context
	 */
	public static JobContext context(Path lake, LocalDate asOf, boolean full) {
		return context(lake, asOf, full, AnalyticsRules.bundled());
	}

	public static JobContext context(Path lake, LocalDate asOf, boolean full, AnalyticsRules rules) {
		JobSettings settings = new JobSettings(asOf, lake.toString(), "local[2]", full, null, null, lake.getParent());
		Clock clock = Clock.fixed(asOf.atTime(20, 0).toInstant(ZoneOffset.ofHours(8)), JobSettings.CHINA);
		return new JobContext(session(), Lake.at(lake), settings, rules, clock);
	}

}
