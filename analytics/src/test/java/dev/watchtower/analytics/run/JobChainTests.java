package dev.watchtower.analytics.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.watchtower.analytics.AnalyticsCli;
import dev.watchtower.analytics.lake.LakeTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which jobs of a run wait for which, and that independent ones run at the same time.
 */
class JobChainTests {

	@Test
	void in_all_correlations_waits_only_for_incidents_and_scores_and_bulletins_for_it() {
		List<AnalyticsJob> all = AnalyticsCli.jobs("all", Arguments.parse(), Map.of()).orElseThrow();

		List<Set<Integer>> waits = new JobChain(all).waitsFor();

		assertThat(all).extracting(AnalyticsJob::name)
			.containsExactly("incidents", "deadlines", "posture", "correlations", "scores", "bulletins");
		assertThat(waits.get(1)).containsExactlyInAnyOrder(0);
		assertThat(waits.get(2)).containsExactlyInAnyOrder(0, 1);
		assertThat(waits.get(3)).containsExactlyInAnyOrder(0);
		assertThat(waits.get(4)).containsExactlyInAnyOrder(0, 1, 3);
		assertThat(waits.get(5)).containsExactlyInAnyOrder(0, 1, 3);
	}

	@Test
	void a_job_that_declares_no_tables_runs_alone() {
		List<AnalyticsJob> jobs = List.of(job("a", Set.of(), Set.of(LakeTable.POSTURE)), undeclared("b"),
				job("c", Set.of(), Set.of(LakeTable.CORRELATIONS)));

		List<Set<Integer>> waits = new JobChain(jobs).waitsFor();

		assertThat(waits.get(1)).containsExactly(0);
		assertThat(waits.get(2)).containsExactly(1);
	}

	@Test
	void a_job_waits_for_an_earlier_one_that_reads_what_it_writes() {
		List<AnalyticsJob> jobs = List.of(job("reader", Set.of(LakeTable.INCIDENTS), Set.of(LakeTable.POSTURE)),
				job("writer", Set.of(), Set.of(LakeTable.INCIDENTS)));

		assertThat(new JobChain(jobs).waitsFor().get(1)).containsExactly(0);
	}

	@Test
	void independent_jobs_run_at_the_same_time_and_results_keep_the_jobs_order() {
		// each of the two jobs waits until the other has started: one after the other,
		// neither would finish
		CountDownLatch bothStarted = new CountDownLatch(2);
		AnalyticsJob first = waiting("first", LakeTable.POSTURE, bothStarted);
		AnalyticsJob second = waiting("second", LakeTable.CORRELATIONS, bothStarted);
		List<String> ended = Collections.synchronizedList(new ArrayList<>());

		List<JobResult> results = new JobChain(List.of(first, second)).run(null, 2, listener(ended));

		assertThat(results).extracting(JobResult::job).containsExactly("first", "second");
		assertThat(ended).containsExactlyInAnyOrder("first", "second");
	}

	@Test
	void one_at_a_time_runs_them_in_order() {
		List<String> ran = Collections.synchronizedList(new ArrayList<>());
		List<AnalyticsJob> jobs = List.of(recording("a", LakeTable.POSTURE, ran),
				recording("b", LakeTable.CORRELATIONS, ran), recording("c", LakeTable.BULLETINS, ran));

		new JobChain(jobs).run(null, 1, listener(new ArrayList<>()));

		assertThat(ran).containsExactly("a", "b", "c");
	}

	@Test
	void a_failed_job_lets_the_running_one_finish_starts_no_other_and_is_rethrown() {
		List<String> ran = Collections.synchronizedList(new ArrayList<>());
		// the slow job ends only after the chain has seen the failure: ending earlier, it
		// would free its place for the next job before there was a failure to see
		CountDownLatch failing = new CountDownLatch(1);
		AnalyticsJob slow = new Fake("slow", Set.of(), Set.of(LakeTable.POSTURE)) {
			@Override
			public JobResult run(JobContext context) {
				await(failing);
				ran.add(name());
				return super.run(context);
			}
		};
		AnalyticsJob broken = new Fake("broken", Set.of(), Set.of(LakeTable.CORRELATIONS)) {
			@Override
			public JobResult run(JobContext context) {
				throw new IllegalStateException("no table");
			}
		};
		AnalyticsJob later = recording("later", LakeTable.INSTITUTION_SCORES, ran);

		assertThatExceptionOfType(JobChain.JobFailedException.class)
			.isThrownBy(() -> new JobChain(List.of(slow, broken, later)).run(null, 2, new JobChain.Listener() {

				@Override
				public void started(AnalyticsJob job) {
				}

				@Override
				public void done(AnalyticsJob job, JobResult result, double seconds) {
				}

				@Override
				public void failed(JobChain.JobFailedException failure) {
					failing.countDown();
				}

			}))
			.satisfies((ex) -> {
				assertThat(ex.job()).isEqualTo("broken");
				assertThat(ex.getCause()).hasMessage("no table");
			});
		assertThat(ran).containsExactly("slow");
	}

	private static JobChain.Listener listener(List<String> ended) {
		return new JobChain.Listener() {

			@Override
			public void started(AnalyticsJob job) {
			}

			@Override
			public void done(AnalyticsJob job, JobResult result, double seconds) {
				ended.add(job.name());
			}

		};
	}

	private static AnalyticsJob waiting(String name, LakeTable writes, CountDownLatch bothStarted) {
		return new Fake(name, Set.of(LakeTable.INCIDENTS), Set.of(writes)) {
			@Override
			public JobResult run(JobContext context) {
				bothStarted.countDown();
				await(bothStarted);
				return super.run(context);
			}
		};
	}

	private static AnalyticsJob recording(String name, LakeTable writes, List<String> ran) {
		return new Fake(name, Set.of(), Set.of(writes)) {
			@Override
			public JobResult run(JobContext context) {
				ran.add(name);
				return super.run(context);
			}
		};
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the other job did not start");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static AnalyticsJob job(String name, Set<LakeTable> reads, Set<LakeTable> writes) {
		return new Fake(name, reads, writes);
	}

	private static AnalyticsJob undeclared(String name) {
		return new Fake(name, Set.of(), Set.of()) {
			@Override
			public Optional<Tables> tables() {
				return Optional.empty();
			}
		};
	}

	private static class Fake implements AnalyticsJob {

		private final String name;

		private final Tables tables;

		Fake(String name, Set<LakeTable> reads, Set<LakeTable> writes) {
			this.name = name;
			this.tables = new Tables(reads, writes);
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public JobResult run(JobContext context) {
			return new JobResult(this.name, Map.of(), Map.of());
		}

		@Override
		public Optional<Tables> tables() {
			return Optional.of(this.tables);
		}

	}

}
