package dev.watchtower.portal.alert;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A notification for one user.
 *
 * @param id its id
 * @param title what happened
 * @param body details
 * @param link where in the portal to look, e.g. {@code cases/<caseId>}
 * @param createdAt when it was raised
 * @param readAt when the user read it
 */
public record Notification(long id, String title, String body, String link, Instant createdAt,
		@Nullable Instant readAt) {

}
