package dev.watchtower.portal.filing;

import java.time.Instant;
import java.util.Objects;

/**
 * A file was submitted into the inbox (for the audit log).
 *
 * @param receiptId its receipt id
 * @param submittedBy the API token or user
 * @param institutionCode the institution it was filed for
 * @param file the file relative to the inbox
 * @param bytes its size
 * @param at when
 */
public record FilingSubmitted(String receiptId, String submittedBy, String institutionCode, String file, long bytes,
		Instant at) {

	public FilingSubmitted {
		Objects.requireNonNull(receiptId, "receiptId must not be null");
		Objects.requireNonNull(submittedBy, "submittedBy must not be null");
		Objects.requireNonNull(institutionCode, "institutionCode must not be null");
		Objects.requireNonNull(file, "file must not be null");
		Objects.requireNonNull(at, "at must not be null");
	}

}
