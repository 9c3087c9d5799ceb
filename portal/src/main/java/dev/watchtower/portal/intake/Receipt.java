package dev.watchtower.portal.intake;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A receipt the batch intake wrote beside a processed or failed file
 * ({@code docs/intake-contract.md}).
 *
 * @param receiptId from the upload's sidecar, else the file's SHA-256
 * @param file the file's path relative to the inbox
 * @param checksum the file's SHA-256
 * @param status {@code PROCESSED} or {@code FAILED}
 * @param runId the intake run
 * @param finishedAt when the run finished (ISO-8601 with offset)
 * @param records records read
 * @param written records written
 * @param duplicates records already loaded
 * @param rejected records rejected
 * @param rejects the first rejects (at most 1,000)
 * @param rejectsOmitted rejects not listed
 * @param reason why the file failed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Receipt(String receiptId, String file, @Nullable String checksum, String status, @Nullable String runId,
		@Nullable String finishedAt, long records, long written, long duplicates, long rejected,
		@Nullable List<RejectedRecord> rejects, long rejectsOmitted, @Nullable String reason) {

	/** Status of a loaded file. */
	public static final String PROCESSED = "PROCESSED";

	/** Status of a file that could not be read. */
	public static final String FAILED = "FAILED";

	public Receipt {
		rejects = (rejects != null) ? List.copyOf(rejects) : List.of();
	}

	/**
	 * Whether the file could not be read at all.
	 * @return {@code true} for {@code FAILED}
	 */
	public boolean failed() {
		return FAILED.equals(this.status);
	}

}
