package dev.watchtower.analytics;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./watchtower bench analytics} on a small generated lake: the full and the
 * incremental refresh, and the incremental refresh run again on the same lake.
 */
class AnalyticsBenchmarkIT {

	@TempDir
	Path root;

	private String rootBefore;

	@BeforeEach
	void writeResultsUnderTheTemporaryRoot() {
		this.rootBefore = System.getProperty("watchtower.root");
		System.setProperty("watchtower.root", this.root.toString());
	}

	@AfterEach
	void restoreTheRoot() {
		if (this.rootBefore == null) {
			System.clearProperty("watchtower.root");
		}
		else {
			System.setProperty("watchtower.root", this.rootBefore);
		}
	}

	@Test
	void runs_the_incremental_refresh_again_on_a_copy_of_the_same_lake_and_reports_every_run() throws Exception {
		// given
		Path work = this.root.resolve("bench");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();

		// when
		int code = AnalyticsCli.run(
				new String[] { "bench", "--sizes", "200", "--skip-es", "--incremental-runs", "2", "--work-dir",
						work.toString() },
				Map.of(), Clock.systemUTC(), new PrintStream(printed, true, StandardCharsets.UTF_8));

		// then
		String text = printed.toString(StandardCharsets.UTF_8);
		assertThat(code).as(text).isZero();
		assertThat(text).contains("200 incidents: full refresh")
			.contains("incremental refresh (run 1 of 2)")
			.contains("incremental refresh (run 2 of 2)");
		JsonNode report = JsonMapper.builder()
			.build()
			.readTree(Files.readString(this.root.resolve("analytics/target/bench/bench-analytics-latest.json")));
		assertThat(report.get("incrementalRuns").asInt()).isEqualTo(2);
		JsonNode run = report.get("runs").get(0);
		assertThat(run.get("incidents").asLong()).isEqualTo(200);
		JsonNode repeats = run.get("incrementalRepeats");
		assertThat(repeats).hasSize(2);
		List<String> chain = List.of("incidents", "deadlines", "posture", "correlations", "scores", "bulletins",
				"total");
		for (JsonNode repeat : repeats) {
			assertThat(repeat.get("seconds").propertyNames()).containsExactlyInAnyOrderElementsOf(chain);
			assertThat(repeat.get("seconds").get("total").asDouble()).isPositive();
			assertThat(repeat.get("work").get("sparkJobs").asLong()).isPositive();
		}
		// the second run started from the lake the first one found: it wrote the same
		// versions of the same tables
		JsonNode versions = repeats.get(0).get("tableVersions");
		assertThat(versions.propertyNames()).contains("silver/incidents", "gold/deadline_checks", "gold/posture",
				"gold/correlations", "gold/institution_scores", "gold/bulletins");
		assertThat(repeats.get(1).get("tableVersions")).isEqualTo(versions);
		// the first run stays the benchmark's incremental figure
		assertThat(run.get("incrementalSeconds")).isEqualTo(repeats.get(0).get("seconds"));
		assertThat(work.resolve("200/lake-before-incremental")).doesNotExist();
		assertThat(Files.exists(work.resolve("200/lake/silver/incidents/_delta_log"))).isTrue();
	}

}
