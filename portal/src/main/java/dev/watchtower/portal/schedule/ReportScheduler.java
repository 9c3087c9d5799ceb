package dev.watchtower.portal.schedule;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns schedules into runs and starts them. Every instance may do this at the same time:
 * due schedules are locked with {@code FOR UPDATE SKIP LOCKED} while their run is queued
 * (and (schedule, fire time) is unique), queued runs are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so each run is started by exactly one instance. A
 * missed fire time (the portal was down) yields one run, then the schedule moves on to
 * its next future time.
 */
@Component
class ReportScheduler implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ReportScheduler.class);

	private final ScheduleRepository repository;

	private final ScheduleSettings settings;

	private final RunLauncher launcher;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String instance;

	private final ExecutorService runs = Executors.newVirtualThreadPerTaskExecutor();

	@Autowired
	ReportScheduler(ScheduleRepository repository, ScheduleSettings settings, RunLauncher launcher,
			TransactionTemplate transaction, Clock clock) {
		this(repository, settings, launcher, transaction, clock, defaultInstance());
	}

	ReportScheduler(ScheduleRepository repository, ScheduleSettings settings, RunLauncher launcher,
			TransactionTemplate transaction, Clock clock, String instance) {
		this.repository = repository;
		this.settings = settings;
		this.launcher = launcher;
		this.transaction = transaction;
		this.clock = clock;
		this.instance = instance;
	}

	@Scheduled(fixedDelayString = "${watchtower.schedules.poll-interval:10s}",
			initialDelayString = "${watchtower.schedules.poll-interval:10s}")
	void tick() {
		if (this.settings.enabled()) {
			queueDue();
			failStale();
			dispatch();
		}
	}

	/**
	 * Queues one run per due schedule and moves each to its next fire time.
	 * @return how many runs were queued
	 */
	int queueDue() {
		Integer queued = this.transaction.execute((status) -> {
			Instant now = this.clock.instant();
			int count = 0;
			for (Schedule schedule : this.repository.lockDue(now, 50)) {
				Instant fireTime = schedule.nextFireAt();
				if (fireTime != null
						&& this.repository.queue(UUID.randomUUID(), schedule.id(), fireTime, false, "system", now)) {
					count++;
				}
				this.repository.advance(schedule.id(), next(schedule.definition(), now));
			}
			return count;
		});
		return (queued != null) ? queued : 0;
	}

	/**
	 * Claims queued runs while this instance has capacity and starts them.
	 * @return the runs this call claimed
	 */
	synchronized List<UUID> dispatch() {
		List<UUID> claimed = new ArrayList<>();
		while (this.repository.running(this.instance) < this.settings.maxConcurrentRuns()) {
			Optional<UUID> run = this.repository.claim(this.instance, this.clock.instant());
			if (run.isEmpty()) {
				break;
			}
			claimed.add(run.get());
			logger.info("Report run {} claimed by {}", run.get(), this.instance);
			this.runs.execute(() -> launch(run.get()));
		}
		return claimed;
	}

	/**
	 * Starts claiming at once, without waiting for the next tick (after "run now").
	 */
	void dispatchSoon() {
		this.runs.execute(this::dispatch);
	}

	int failStale() {
		Instant now = this.clock.instant();
		int failed = this.repository.failStale(now.minus(this.settings.staleAfter()),
				"The portal instance running it stopped sending heartbeats (stopped or crashed)", now);
		if (failed > 0) {
			logger.warn("Failed {} report runs whose portal instance went silent", failed);
		}
		return failed;
	}

	String instance() {
		return this.instance;
	}

	static @Nullable Instant next(ScheduleDefinition definition, Instant after) {
		ZonedDateTime next = definition.cronExpression().next(after.atZone(definition.zone()));
		return (next != null) ? next.toInstant() : null;
	}

	private void launch(UUID runId) {
		try {
			this.launcher.launch(runId);
		}
		finally {
			dispatch();
		}
	}

	@Override
	public void destroy() {
		this.runs.shutdownNow();
	}

	private static String defaultInstance() {
		return ManagementFactory.getRuntimeMXBean().getName() + ":" + UUID.randomUUID().toString().substring(0, 4);
	}

}
