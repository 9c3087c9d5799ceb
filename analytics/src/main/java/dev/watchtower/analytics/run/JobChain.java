package dev.watchtower.analytics.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the jobs of one run in their listed order, except that a job that touches none of
 * the tables the jobs before it are still writing or reading (by their
 * {@link AnalyticsJob#tables()}) starts beside them, up to a number of jobs at a time. In
 * {@code all}, {@code correlations} needs only {@code silver/incidents}: it runs while
 * {@code deadlines} and {@code posture} do, and Spark fills the cores one job leaves idle
 * while its driver plans, lists logs and commits (ADR 35).
 * <p>
 * A failed job lets the running ones finish and is rethrown; once the chain has seen the
 * failure it starts no other job (one that ends in the same instant may still free its
 * place for the next).
 */
public final class JobChain {

	/** Hears when jobs start and end (progress lines, benchmark timings). */
	public interface Listener {

		void started(AnalyticsJob job);

		void done(AnalyticsJob job, JobResult result, double seconds);

		/**
		 * The chain has seen a job fail: it starts no other job from now on.
		 * @param failure the failure
		 */
		default void failed(JobFailedException failure) {
		}

	}

	private final List<AnalyticsJob> jobs;

	private final List<Set<Integer>> waitsFor;

	/**
	 * A chain of jobs.
	 * @param jobs the jobs, in the order that they would run one after the other
	 */
	public JobChain(List<AnalyticsJob> jobs) {
		this.jobs = List.copyOf(jobs);
		this.waitsFor = waits(this.jobs);
	}

	/**
	 * The jobs each job waits for.
	 * @return per job (by position), the positions of the jobs it waits for
	 */
	public List<Set<Integer>> waitsFor() {
		return this.waitsFor;
	}

	private static List<Set<Integer>> waits(List<AnalyticsJob> jobs) {
		List<Set<Integer>> waits = new ArrayList<>();
		for (int i = 0; i < jobs.size(); i++) {
			Set<Integer> before = new HashSet<>();
			Optional<AnalyticsJob.Tables> tables = jobs.get(i).tables();
			for (int j = 0; j < i; j++) {
				Optional<AnalyticsJob.Tables> earlier = jobs.get(j).tables();
				if (tables.isEmpty() || earlier.isEmpty() || tables.get().conflictsWith(earlier.get())) {
					before.add(j);
				}
			}
			waits.add(Set.copyOf(before));
		}
		return List.copyOf(waits);
	}

	/**
	 * How many jobs of a run may run at once: {@code --jobs-at-once N}, default 2.
	 * @param arguments the command line
	 * @return the number
	 * @throws IllegalArgumentException when it is not a whole number of at least 1
	 */
	public static int atOnce(Arguments arguments) {
		return arguments.count("jobs-at-once", 2);
	}

	/**
	 * Runs the jobs.
	 * @param context the run's context (its session is shared by the jobs that run at
	 * once; Spark takes jobs from several threads)
	 * @param atOnce how many jobs may run at the same time (1: one after the other)
	 * @param listener hears the jobs start and end
	 * @return the results, in the jobs' order
	 * @throws JobFailedException when a job fails (the first failure)
	 */
	public List<JobResult> run(JobContext context, int atOnce, Listener listener) {
		if (atOnce < 1) {
			throw new IllegalArgumentException("at least one job at a time, was " + atOnce);
		}
		int count = this.jobs.size();
		JobResult[] results = new JobResult[count];
		boolean[] started = new boolean[count];
		Set<Integer> finished = new HashSet<>();
		ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, Math.min(atOnce, count)), (task) -> {
			Thread thread = new Thread(task, "analytics-job");
			thread.setDaemon(true);
			return thread;
		});
		CompletionService<Integer> done = new ExecutorCompletionService<>(threads);
		JobFailedException failure = null;
		int running = 0;
		try {
			while (finished.size() < count) {
				if (failure == null) {
					for (int i = 0; i < count && running < atOnce; i++) {
						if (!started[i] && finished.containsAll(this.waitsFor.get(i))) {
							started[i] = true;
							running++;
							int position = i;
							AnalyticsJob job = this.jobs.get(i);
							listener.started(job);
							done.submit(() -> {
								long begun = System.nanoTime();
								try {
									results[position] = job.run(context);
								}
								// Spark's checked exceptions (thrown from Scala) and
								// errors
								catch (Exception | Error ex) {
									throw new JobFailedException(job.name(), ex);
								}
								listener.done(job, results[position], (System.nanoTime() - begun) / 1e9);
								return position;
							});
						}
					}
				}
				if (running == 0) {
					break;
				}
				Future<Integer> next = done.take();
				running--;
				try {
					finished.add(next.get());
				}
				catch (ExecutionException ex) {
					if (failure == null) {
						// a task wraps what its job throws; anything else came from the
						// listener
						failure = (ex.getCause() instanceof JobFailedException failed) ? failed
								: new JobFailedException("the chain's listener", ex.getCause());
					}
					else {
						failure.addSuppressed(ex.getCause());
					}
					listener.failed(failure);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the analytics jobs ran", ex);
		}
		finally {
			threads.shutdownNow();
		}
		if (failure != null) {
			throw failure;
		}
		return List.of(results);
	}

	/** A job of the chain failed; its cause is the job's exception. */
	public static final class JobFailedException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final String job;

		JobFailedException(String job, Throwable cause) {
			super(job + " failed: " + cause.getMessage(), cause);
			this.job = job;
		}

		/**
		 * The failed job.
		 * @return its name
		 */
		public String job() {
			return this.job;
		}

	}

}
