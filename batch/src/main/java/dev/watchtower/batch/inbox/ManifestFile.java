package dev.watchtower.batch.inbox;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One file of a run's manifest, with its counts so far.
 *
 * @param runId the run
 * @param index its position in the run
 * @param name its path relative to the inbox
 * @param checksum SHA-256 (hex) of its content
 * @param sizeBytes its size
 * @param sidecar its submission sidecar
 * @param state {@code PENDING}, {@code SEEN}, {@code DONE} or {@code MOVED}
 * @param sameAsIndex for {@code SEEN} files of this run, the file with the same content
 * @param counts records, written, duplicates, rejected
 * @param failure why the file could not be read at all
 */
public record ManifestFile(String runId, int index, String name, String checksum, long sizeBytes,
		@Nullable Sidecar sidecar, String state, @Nullable Integer sameAsIndex, FileCounts counts,
		@Nullable String failure) {

	public ManifestFile {
		Objects.requireNonNull(runId, "runId");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(checksum, "checksum");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(counts, "counts");
	}

	public boolean failed() {
		return this.failure != null;
	}

}
