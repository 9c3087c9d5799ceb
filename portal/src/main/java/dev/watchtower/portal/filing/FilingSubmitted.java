package dev.watchtower.portal.filing;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import dev.watchtower.portal.base.AuditOutcome;
import dev.watchtower.portal.base.AuditableEvent;

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
		Instant at) implements AuditableEvent {

	public FilingSubmitted {
		Objects.requireNonNull(receiptId, "receiptId must not be null");
		Objects.requireNonNull(submittedBy, "submittedBy must not be null");
		Objects.requireNonNull(institutionCode, "institutionCode must not be null");
		Objects.requireNonNull(file, "file must not be null");
		Objects.requireNonNull(at, "at must not be null");
	}

	@Override
	public String actor() {
		return this.submittedBy;
	}

	@Override
	public String action() {
		return "filing.submit";
	}

	@Override
	public String objectType() {
		return "filing";
	}

	@Override
	public String objectId() {
		return this.receiptId;
	}

	@Override
	public AuditOutcome outcome() {
		return AuditOutcome.SUCCESS;
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("institution", this.institutionCode, "file", this.file, "bytes", this.bytes);
	}

}
