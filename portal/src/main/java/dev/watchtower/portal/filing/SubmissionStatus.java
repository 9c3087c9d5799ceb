package dev.watchtower.portal.filing;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Where a submission stands.
 *
 * @param receiptId the receipt id
 * @param status PENDING (in the inbox or being loaded), PROCESSED or FAILED
 * @param file the file relative to the inbox
 * @param submittedAt when it was submitted
 * @param receipt the intake's receipt (counts, rejects, reason), once there is one
 */
public record SubmissionStatus(String receiptId, State status, String file, Instant submittedAt,
		@Nullable JsonNode receipt) {

	public SubmissionStatus {
		Objects.requireNonNull(receiptId, "receiptId must not be null");
		Objects.requireNonNull(status, "status must not be null");
	}

	/**
	 * The states of a submission.
	 */
	public enum State {

		/** Still in the inbox, or being loaded. */
		PENDING,
		/** Loaded; the receipt counts written, duplicate and rejected records. */
		PROCESSED,
		/** The file could not be read at all; the receipt says why. */
		FAILED

	}

}
