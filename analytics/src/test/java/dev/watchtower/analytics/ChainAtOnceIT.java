package dev.watchtower.analytics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.run.AnalyticsJob;
import dev.watchtower.analytics.run.JobChain;
import dev.watchtower.analytics.run.JobContext;
import dev.watchtower.analytics.run.JobResult;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole chain on {@link GoldFixture}, run with two jobs at a time on the shared test
 * session and Delta on disk (ADR 35), writes the same gold tables, row for row, as the
 * chain run one job after the other ({@link GoldFixture#preparedLake}).
 */
class ChainAtOnceIT {

	@TempDir
	Path folder;

	@Test
	void two_jobs_at_a_time_write_what_one_at_a_time_writes() {
		// given
		SparkSession spark = TestSpark.session();
		Path sequential = GoldFixture.preparedLake(this.folder.resolve("sequential"));
		Path concurrent = this.folder.resolve("concurrent");
		GoldFixture.write(spark, concurrent);
		JobContext context = TestSpark.context(concurrent, GoldFixture.AS_OF, false);
		List<String> overlapping = Collections.synchronizedList(new ArrayList<>());
		List<String> running = Collections.synchronizedList(new ArrayList<>());

		// when
		List<JobResult> results = new JobChain(GoldFixture.chain()).run(context, 2, new JobChain.Listener() {

			@Override
			public void started(AnalyticsJob job) {
				synchronized (running) {
					if (!running.isEmpty()) {
						overlapping.add(job.name() + " beside " + running);
					}
					running.add(job.name());
				}
			}

			@Override
			public void done(AnalyticsJob job, JobResult result, double seconds) {
				running.remove(job.name());
			}

		});
		context.shared().release();

		// then
		assertThat(results).extracting(JobResult::job)
			.containsExactly("incidents", "deadlines", "posture", "correlations", "scores", "bulletins");
		assertThat(overlapping).contains("correlations beside [deadlines]");
		for (LakeTable table : List.of(LakeTable.INCIDENTS, LakeTable.DEADLINE_CHECKS, LakeTable.ANNUAL_REPORT_CHECKS,
				LakeTable.POSTURE, LakeTable.PEER_BENCHMARKS, LakeTable.CORRELATIONS, LakeTable.KEV_MATCHES,
				LakeTable.INSTITUTION_SCORES, LakeTable.BULLETINS)) {
			Dataset<Row> expected = read(spark, sequential, table);
			Dataset<Row> actual = read(spark, concurrent, table);
			assertThat(actual.count()).as(table.path()).isEqualTo(expected.count()).isPositive();
			assertThat(actual.exceptAll(expected).collectAsList()).as(table.path()).isEmpty();
			assertThat(expected.exceptAll(actual).collectAsList()).as(table.path()).isEmpty();
		}
	}

	/** Each row as JSON: set operations refuse map columns. */
	private static Dataset<Row> read(SparkSession spark, Path lake, LakeTable table) {
		return spark.read()
			.format("delta")
			.load(Lake.at(lake).location(table))
			.select(functions.to_json(functions.struct(functions.col("*"))).as("row"));
	}

}
