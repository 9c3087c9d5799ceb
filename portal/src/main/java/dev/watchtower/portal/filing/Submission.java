package dev.watchtower.portal.filing;

import java.time.Instant;
import java.util.Objects;

/**
 * A file accepted into the inbox.
 *
 * @param receiptId the id to ask for the status with
 * @param file the file's path relative to the inbox
 * @param bytes its size
 * @param sha256 its SHA-256 (hex)
 * @param submittedAt when
 */
public record Submission(String receiptId, String file, long bytes, String sha256, Instant submittedAt) {

	public Submission {
		Objects.requireNonNull(receiptId, "receiptId must not be null");
		Objects.requireNonNull(file, "file must not be null");
		Objects.requireNonNull(sha256, "sha256 must not be null");
		Objects.requireNonNull(submittedAt, "submittedAt must not be null");
	}

}
