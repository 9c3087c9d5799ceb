package dev.watchtower.portal.schedule;

import java.util.Objects;

/**
 * What became of a requested schedule change.
 */
public sealed interface ScheduleOutcome {

	/**
	 * Done.
	 *
	 * @param schedule the schedule after the change
	 */
	record Done(Schedule schedule) implements ScheduleOutcome {

		public Done {
			Objects.requireNonNull(schedule, "schedule must not be null");
		}

	}

	/**
	 * Refused.
	 *
	 * @param reason translation key of the reason
	 */
	record Refused(String reason) implements ScheduleOutcome {

		public Refused {
			Objects.requireNonNull(reason, "reason must not be null");
		}

	}

}
