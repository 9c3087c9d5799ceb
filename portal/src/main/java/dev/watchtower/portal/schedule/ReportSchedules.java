package dev.watchtower.portal.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.watchtower.portal.base.AuditRecord;
import dev.watchtower.portal.security.Actor;
import dev.watchtower.portal.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What analysts do with schedules: create, change, pause, resume, run now; and what the
 * views read. Changes need the ANALYST role (checked here, on the server) and each is
 * audited, refusals too.
 */
@Service
public class ReportSchedules {

	private final ScheduleRepository repository;

	private final ReportScheduler scheduler;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ReportSchedules(ScheduleRepository repository, ReportScheduler scheduler, ApplicationEventPublisher events,
			TransactionTemplate transaction, Clock clock) {
		this.repository = repository;
		this.scheduler = scheduler;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Creates a schedule; it fires at the next time its cron expression names.
	 * @param definition what to run when
	 * @return the schedule, or why not
	 */
	public ScheduleOutcome create(ScheduleDefinition definition) {
		UUID id = UUID.randomUUID();
		return change("schedule.create", id, definition, (actor, now) -> this.repository.insert(id, definition,
				ReportScheduler.next(definition, now), actor.username(), now));
	}

	/**
	 * Changes a schedule's definition.
	 * @param id the schedule
	 * @param definition the new definition
	 * @return the schedule, or why not
	 */
	public ScheduleOutcome update(UUID id, ScheduleDefinition definition) {
		return change("schedule.update", id, definition, (actor, now) -> this.repository.update(id, definition,
				ReportScheduler.next(definition, now), actor.username(), now));
	}

	/**
	 * Pauses a schedule: it queues no runs until resumed.
	 * @param id the schedule
	 * @return the schedule, or why not
	 */
	public ScheduleOutcome pause(UUID id) {
		return change("schedule.pause", id, null,
				(actor, now) -> this.repository.paused(id, true, null, actor.username(), now));
	}

	/**
	 * Resumes a schedule from its next future fire time (missed times are not run).
	 * @param id the schedule
	 * @return the schedule, or why not
	 */
	public ScheduleOutcome resume(UUID id) {
		return change("schedule.resume", id, null, (actor, now) -> this.repository.paused(id, false,
				ReportScheduler.next(this.repository.find(id).orElseThrow().definition(), now), actor.username(), now));
	}

	/**
	 * Queues a run for now and starts claiming at once.
	 * @param id the schedule
	 * @return the schedule, or why not
	 */
	public ScheduleOutcome runNow(UUID id) {
		ScheduleOutcome outcome = change("schedule.run-now", id, null,
				(actor, now) -> this.repository.queue(UUID.randomUUID(), id, now, true, actor.username(), now));
		if (outcome instanceof ScheduleOutcome.Done) {
			this.scheduler.dispatchSoon();
		}
		return outcome;
	}

	/**
	 * Every schedule.
	 * @return the schedules by name
	 */
	public List<Schedule> schedules() {
		return this.repository.findAll();
	}

	/**
	 * One schedule.
	 * @param id the schedule
	 * @return it, or empty
	 */
	public Optional<Schedule> schedule(UUID id) {
		return this.repository.find(id);
	}

	/**
	 * A schedule's latest runs, newest first.
	 * @param id the schedule
	 * @param limit how many
	 * @return the runs
	 */
	public List<ReportRun> runs(UUID id, int limit) {
		return this.repository.runs(id, limit);
	}

	/**
	 * One run.
	 * @param runId the run
	 * @return it, or empty
	 */
	public Optional<ReportRun> run(UUID runId) {
		return this.repository.findRun(runId);
	}

	private ScheduleOutcome change(String action, UUID id,
			@org.jspecify.annotations.Nullable ScheduleDefinition definition, Change change) {
		Actor actor = Actor.required();
		if (!actor.hasAnyRole(Role.ANALYST)) {
			this.events.publishEvent(
					AuditRecord.denied(actor.username(), action, "schedule", id.toString(), "schedule.refused.role"));
			return new ScheduleOutcome.Refused("schedule.refused.role");
		}
		if (!"schedule.create".equals(action) && this.repository.find(id).isEmpty()) {
			return new ScheduleOutcome.Refused("schedule.refused.missing");
		}
		return this.transaction.execute((status) -> {
			Instant now = this.clock.instant();
			change.apply(actor, now);
			this.events.publishEvent(
					AuditRecord.success(actor.username(), action, "schedule", id.toString(),
							(definition != null)
									? Map.of("job", definition.job().commandName(), "cron", definition.cron(),
											"timeZone", definition.timeZone(), "parameters", definition.parameters())
									: Map.of()));
			return new ScheduleOutcome.Done(this.repository.find(id).orElseThrow());
		});
	}

	@FunctionalInterface
	private interface Change {

		void apply(Actor actor, Instant now);

	}

}
