package dev.watchtower.ingestion.validation;

import java.util.Objects;

/**
 * Where a record sits in its source file.
 *
 * @param source the file, as given to the validator
 * @param kind what {@code index} counts
 * @param index 1-based line (NDJSON), 1-based row with the header as row 1 (CSV, XLSX),
 * 0-based element (JSON array), 0 for the whole file
 */
public record RecordLocation(String source, Kind kind, long index) {

	public RecordLocation {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(kind, "kind");
	}

	public static RecordLocation wholeFile(String source) {
		return new RecordLocation(source, Kind.FILE, 0);
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case FILE -> this.source;
			case LINE -> this.source + ":" + this.index;
			case ROW -> this.source + " row " + this.index;
			case ELEMENT -> this.source + "[" + this.index + "]";
		};
	}

	/**
	 * What a location index counts.
	 */
	public enum Kind {

		FILE, LINE, ROW, ELEMENT

	}

}
