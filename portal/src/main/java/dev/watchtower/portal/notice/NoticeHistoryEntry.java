package dev.watchtower.portal.notice;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step in a notice's history.
 *
 * @param at when
 * @param actor who
 * @param action what ({@code DRAFT}, or a {@link NoticeAction} name)
 * @param from the status before, {@code null} for the creation
 * @param to the status after
 * @param comment the comment given, if any
 */
public record NoticeHistoryEntry(Instant at, String actor, String action, @Nullable NoticeStatus from, NoticeStatus to,
		@Nullable String comment) {

}
