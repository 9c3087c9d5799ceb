package dev.watchtower.batch.lake;

import java.util.Objects;

/**
 * Where a record came from.
 *
 * @param sourceFile the file name relative to the inbox
 * @param sourceChecksum SHA-256 (hex) of the whole file
 * @param recordKind {@code FILE}, {@code LINE}, {@code ROW} or {@code ELEMENT}
 * @param recordIndex the index within the file
 */
public record RecordSource(String sourceFile, String sourceChecksum, String recordKind, long recordIndex) {

	public RecordSource {
		Objects.requireNonNull(sourceFile, "sourceFile");
		Objects.requireNonNull(sourceChecksum, "sourceChecksum");
		Objects.requireNonNull(recordKind, "recordKind");
	}

}
