package dev.watchtower.portal.intake;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A filing uploaded from the browser.
 *
 * @param receiptId the id its receipt will carry
 * @param file its path relative to the inbox, e.g. {@code ui/20261125-...-filing.ndjson}
 * @param originalName the name it had on the user's computer
 * @param institutionCode the institution it was filed for, if the uploader said
 * @param bytes its size
 * @param sha256 its SHA-256
 * @param submittedBy who uploaded it
 * @param submittedAt when
 */
public record Upload(String receiptId, String file, String originalName, @Nullable String institutionCode, long bytes,
		String sha256, String submittedBy, Instant submittedAt) {

}
