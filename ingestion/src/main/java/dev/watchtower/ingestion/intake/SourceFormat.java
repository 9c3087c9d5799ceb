package dev.watchtower.ingestion.intake;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * File formats a filing may come in, told apart by extension.
 */
public enum SourceFormat {

	JSON, NDJSON, CSV, XLSX;

	public static Optional<SourceFormat> of(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
			return Optional.of(NDJSON);
		}
		if (name.endsWith(".json")) {
			return Optional.of(JSON);
		}
		if (name.endsWith(".csv")) {
			return Optional.of(CSV);
		}
		if (name.endsWith(".xlsx")) {
			return Optional.of(XLSX);
		}
		return Optional.empty();
	}

	static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? name : name.substring(dot);
	}

}
