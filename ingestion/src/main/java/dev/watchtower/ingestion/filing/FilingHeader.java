package dev.watchtower.ingestion.filing;

import java.time.OffsetDateTime;
import java.util.Objects;

import dev.watchtower.ingestion.institution.Institution;

/**
 * What every filing carries: its id and version, the filing institution and when it was
 * sent.
 *
 * @param filingId institution-chosen id of this submission
 * @param version version of the submission, a higher one supersedes a lower one
 * @param institution the filing institution
 * @param reportedAt when the filing was sent
 */
public record FilingHeader(String filingId, int version, Institution institution, OffsetDateTime reportedAt) {

	/** Longest accepted filing id. */
	public static final int FILING_ID_MAX_LENGTH = 64;

	public FilingHeader {
		Objects.requireNonNull(filingId, "filingId");
		Objects.requireNonNull(institution, "institution");
		Objects.requireNonNull(reportedAt, "reportedAt");
		if (filingId.isBlank() || filingId.length() > FILING_ID_MAX_LENGTH) {
			throw new IllegalArgumentException("filingId must have 1 to 64 characters: '" + filingId + "'");
		}
		if (version < 1) {
			throw new IllegalArgumentException("version must be >= 1 for filing " + filingId + ": " + version);
		}
	}

}
