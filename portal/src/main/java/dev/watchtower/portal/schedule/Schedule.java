package dev.watchtower.portal.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored report schedule.
 *
 * @param id its id
 * @param definition what runs when
 * @param paused whether it is paused
 * @param nextFireAt when it fires next, {@code null} while paused
 * @param createdBy who created it
 * @param createdAt when
 */
public record Schedule(UUID id, ScheduleDefinition definition, boolean paused, @Nullable Instant nextFireAt,
		String createdBy, Instant createdAt) {

	public Schedule {
		Objects.requireNonNull(id, "id must not be null");
		Objects.requireNonNull(definition, "definition must not be null");
	}

}
