package dev.watchtower.portal.filing;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The file formats the intake reads, by extension and media type.
 */
public enum FilingFormat {

	JSON("json", "application/json"), NDJSON("ndjson", "application/x-ndjson"), CSV("csv", "text/csv"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final String mediaType;

	FilingFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * The format of a submission: by the file name's extension, else by the media type.
	 * @param fileName the name as sent, if any
	 * @param mediaType the content type as sent, if any
	 * @return the format, empty when neither names a filing format
	 */
	public static Optional<FilingFormat> of(@Nullable String fileName, @Nullable String mediaType) {
		if (fileName != null) {
			String name = fileName.toLowerCase(Locale.ROOT);
			for (FilingFormat format : values()) {
				if (name.endsWith("." + format.extension)) {
					return Optional.of(format);
				}
			}
			if (name.endsWith(".jsonl")) {
				return Optional.of(NDJSON);
			}
		}
		if (mediaType != null) {
			String type = mediaType.toLowerCase(Locale.ROOT).split(";")[0].strip();
			for (FilingFormat format : values()) {
				if (format.mediaType.equals(type)) {
					return Optional.of(format);
				}
			}
			if (type.equals("application/jsonl") || type.equals("application/ndjson")) {
				return Optional.of(NDJSON);
			}
		}
		return Optional.empty();
	}

}
