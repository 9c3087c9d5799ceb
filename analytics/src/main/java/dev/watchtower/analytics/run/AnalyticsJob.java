package dev.watchtower.analytics.run;

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

}
