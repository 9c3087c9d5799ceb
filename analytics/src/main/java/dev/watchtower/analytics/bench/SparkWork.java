package dev.watchtower.analytics.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * What Spark and the JVM did while the benchmark ran a chain: Spark jobs, stages and
 * tasks, the tasks' time (launch to finish, summed over the tasks) and the process's CPU
 * time. Beside the wall time they tell work from waiting: on two cores a chain whose
 * tasks take 40 s cannot end in less than 20 s, and one whose tasks take far less than
 * twice its wall time waits on its driver (planning, Delta logs, commits).
 */
final class SparkWork extends SparkListener {

	private final LongAdder jobs = new LongAdder();

	private final LongAdder stages = new LongAdder();

	private final LongAdder tasks = new LongAdder();

	private final LongAdder taskMillis = new LongAdder();

	private final SparkSession spark;

	private SparkWork(SparkSession spark) {
		this.spark = spark;
	}

	/**
	 * Starts counting.
	 * @param spark the session whose jobs count
	 * @return the counter
	 */
	static SparkWork on(SparkSession spark) {
		SparkWork work = new SparkWork(spark);
		spark.sparkContext().addSparkListener(work);
		return work;
	}

	@Override
	public void onJobEnd(SparkListenerJobEnd jobEnd) {
		this.jobs.increment();
	}

	@Override
	public void onStageCompleted(SparkListenerStageCompleted stageCompleted) {
		this.stages.increment();
	}

	@Override
	public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
		this.tasks.increment();
		this.taskMillis.add(taskEnd.taskInfo().duration());
	}

	/**
	 * The counts so far, once Spark has delivered the events of the jobs that ended.
	 * @return the reading
	 */
	Reading read() {
		try {
			// events reach listeners on their own thread
			this.spark.sparkContext().listenerBus().waitUntilEmpty(60_000);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("Spark's listener events were not delivered within a minute", ex);
		}
		return new Reading(this.jobs.sum(), this.stages.sum(), this.tasks.sum(), this.taskMillis.sum(),
				processCpuNanos());
	}

	/** Stops counting. */
	void stop() {
		this.spark.sparkContext().removeSparkListener(this);
	}

	private static long processCpuNanos() {
		return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
	}

	/**
	 * Counts at one moment.
	 *
	 * @param jobs Spark jobs ended
	 * @param stages stages completed
	 * @param tasks tasks ended
	 * @param taskMillis their time, summed
	 * @param cpuNanos the process's CPU time (user and system, all threads), -1 when the
	 * JVM does not tell
	 */
	record Reading(long jobs, long stages, long tasks, long taskMillis, long cpuNanos) {

		/**
		 * What happened between an earlier reading and this one.
		 * @param earlier the earlier reading
		 * @return {@code sparkJobs}, {@code stages}, {@code tasks}, {@code taskSeconds},
		 * {@code cpuSeconds} (absent when unknown)
		 */
		Map<String, Object> since(Reading earlier) {
			Map<String, Object> work = new LinkedHashMap<>();
			work.put("sparkJobs", this.jobs - earlier.jobs);
			work.put("stages", this.stages - earlier.stages);
			work.put("tasks", this.tasks - earlier.tasks);
			work.put("taskSeconds", Math.round((this.taskMillis - earlier.taskMillis) / 100.0) / 10.0);
			if (this.cpuNanos >= 0 && earlier.cpuNanos >= 0) {
				work.put("cpuSeconds", Math.round((this.cpuNanos - earlier.cpuNanos) / 1e8) / 10.0);
			}
			return work;
		}

	}

}
