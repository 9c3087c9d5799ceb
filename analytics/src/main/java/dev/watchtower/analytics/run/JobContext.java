package dev.watchtower.analytics.run;

import java.time.Clock;
import java.util.Objects;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.rules.AnalyticsRules;
import org.apache.spark.sql.SparkSession;

/**
 * What a job runs with.
 *
 * @param spark the session
 * @param lake the lake, its history kept as long as the rules say
 * @param settings the settings
 * @param rules the rule thresholds
 * @param clock the clock (run times only; the as-of date is in the settings)
 * @param shared results the jobs run with this context compute once for all of them;
 * whoever runs the jobs releases them at the end
 */
public record JobContext(SparkSession spark, Lake lake, JobSettings settings, AnalyticsRules rules, Clock clock,
		SharedResults shared) {

	public JobContext {
		Objects.requireNonNull(spark, "spark");
		Objects.requireNonNull(lake, "lake");
		Objects.requireNonNull(settings, "settings");
		Objects.requireNonNull(rules, "rules");
		Objects.requireNonNull(clock, "clock");
		Objects.requireNonNull(shared, "shared");
		lake = lake.keepingHistory(rules.history().reproducibleDays());
	}

	/**
	 * A context with shared results of its own.
	 * @param spark the session
	 * @param lake the lake
	 * @param settings the settings
	 * @param rules the rule thresholds
	 * @param clock the clock
	 */
	public JobContext(SparkSession spark, Lake lake, JobSettings settings, AnalyticsRules rules, Clock clock) {
		this(spark, lake, settings, rules, clock, new SharedResults());
	}

}
