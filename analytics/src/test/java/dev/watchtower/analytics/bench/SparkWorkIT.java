package dev.watchtower.analytics.bench;

import java.util.Map;

import dev.watchtower.analytics.TestSpark;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the benchmark reports beside wall times: the Spark jobs, stages and tasks that ran
 * between two readings, the tasks' time and the process's CPU time.
 */
class SparkWorkIT {

	private final SparkSession spark = TestSpark.session();

	@Test
	void counts_the_jobs_and_tasks_that_ran_between_two_readings_and_nothing_else() {
		SparkWork work = SparkWork.on(this.spark);
		try {
			// given
			SparkWork.Reading before = work.read();

			// when a job of three partitions sums a column
			this.spark.range(0, 5_000_000, 1, 3).selectExpr("sum(id)").collectAsList();
			Map<String, Object> since = work.read().since(before);

			// then
			assertThat((Long) since.get("sparkJobs")).isGreaterThanOrEqualTo(1L);
			assertThat((Long) since.get("stages")).isGreaterThanOrEqualTo(1L);
			assertThat((Long) since.get("tasks")).isGreaterThanOrEqualTo(3L);
			assertThat((Double) since.get("taskSeconds")).isPositive();
			assertThat((Double) since.get("cpuSeconds")).isPositive();
			SparkWork.Reading idle = work.read();
			assertThat(work.read().since(idle)).containsEntry("sparkJobs", 0L).containsEntry("tasks", 0L);
		}
		finally {
			work.stop();
		}
	}

}
