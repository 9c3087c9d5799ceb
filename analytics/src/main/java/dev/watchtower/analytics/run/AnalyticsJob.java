package dev.watchtower.analytics.run;

import java.util.Optional;
import java.util.Set;

import dev.watchtower.analytics.lake.LakeTable;

/**
 * One analytics job: reads Delta tables, writes Delta tables (or indexes).
 */
public interface AnalyticsJob {

	/**
	 * The name used on the command line ({@code ./watchtower analytics run NAME}).
	 * @return the name
	 */
	String name();

	/**
	 * Runs the job.
	 * @param context the session, lake, settings and rules
	 * @return what it wrote
	 */
	JobResult run(JobContext context);

	/**
	 * The lake tables the job reads and writes, by which a run orders its jobs
	 * ({@link JobChain}): a job waits for the jobs before it that write what it reads or
	 * writes, or read what it writes. Empty when the job does not declare them (it then
	 * runs alone, after every job before it and before every job after it).
	 * @return the tables
	 */
	default Optional<Tables> tables() {
		return Optional.empty();
	}

	/**
	 * What a job reads and writes.
	 *
	 * @param reads the tables read
	 * @param writes the tables written
	 */
	record Tables(Set<LakeTable> reads, Set<LakeTable> writes) {

		public Tables {
			reads = Set.copyOf(reads);
			writes = Set.copyOf(writes);
		}

		/**
		 * Whether a job with these tables must wait for (or, listed before it, be waited
		 * for by) a job with the other ones.
		 * @param other the other job's tables
		 * @return whether they touch a table one of them writes
		 */
		public boolean conflictsWith(Tables other) {
			return overlap(this.writes, other.reads) || overlap(this.writes, other.writes)
					|| overlap(this.reads, other.writes);
		}

		private static boolean overlap(Set<LakeTable> left, Set<LakeTable> right) {
			return left.stream().anyMatch(right::contains);
		}

	}

}
