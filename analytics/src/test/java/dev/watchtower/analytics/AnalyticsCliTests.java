package dev.watchtower.analytics;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.watchtower.analytics.rules.AnalyticsRules;
import dev.watchtower.analytics.run.AnalyticsJob;
import dev.watchtower.analytics.run.Arguments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The command line, without starting Spark.
 */
class AnalyticsCliTests {

	final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	int run(String... args) {
		return AnalyticsCli.run(args, Map.of(), Clock.systemUTC(),
				new PrintStream(this.printed, true, StandardCharsets.UTF_8));
	}

	@Test
	void all_is_the_chain_in_dependency_order() {
		// when
		List<AnalyticsJob> jobs = AnalyticsCli.jobs("all", Arguments.parse(), Map.of()).orElseThrow();

		// then
		assertThat(jobs).extracting(AnalyticsJob::name)
			.containsExactly("incidents", "deadlines", "posture", "correlations", "scores", "bulletins")
			.isEqualTo(AnalyticsCli.CHAIN);
	}

	@Test
	void a_list_of_jobs_runs_in_the_order_given() {
		assertThat(AnalyticsCli.jobs("incidents,deadlines", Arguments.parse(), Map.of()).orElseThrow())
			.extracting(AnalyticsJob::name)
			.containsExactly("incidents", "deadlines");
	}

	@Test
	void maintenance_runs_on_its_own_and_is_not_part_of_the_chain() {
		assertThat(AnalyticsCli.jobs("maintain", Arguments.parse(), Map.of()).orElseThrow())
			.extracting(AnalyticsJob::name)
			.containsExactly("maintain");
		assertThat(AnalyticsCli.CHAIN).doesNotContain("maintain");
	}

	@Test
	void an_unknown_job_is_a_usage_error() {
		// when
		int code = run("run", "forecasts");

		// then
		assertThat(code).isEqualTo(2);
		assertThat(this.printed.toString(StandardCharsets.UTF_8)).contains("unknown job 'forecasts'")
			.contains("usage: analytics run JOB");
	}

	@Test
	void no_command_prints_the_usage() {
		assertThat(run()).isEqualTo(2);
		assertThat(this.printed.toString(StandardCharsets.UTF_8)).contains("--as-of DATE");
	}

	@Test
	void the_bundled_rules_are_valid_and_versioned() {
		// when
		AnalyticsRules rules = AnalyticsRules.bundled();

		// then
		assertThat(rules.version()).isNotBlank();
		assertThat(rules.smallCellMinimumInstitutions()).isEqualTo(3);
		assertThat(rules.history().reproducibleDays()).isEqualTo(1095);
		assertThat(rules.score().factors()).extracting(AnalyticsRules.Factor::factor)
			.containsExactlyInAnyOrder("INCIDENTS", "SEVERE_INCIDENTS", "LATE_RATE", "UNDER_GRADING_RATE",
					"KEV_EXPOSURE", "RECURRENCE", "ANNUAL_REPORTING");
	}

	@Test
	void history_shorter_than_delta_s_seven_days_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AnalyticsRules.History(6))
			.withMessageContaining("history.reproducibleDays must be at least 7");
	}

}
