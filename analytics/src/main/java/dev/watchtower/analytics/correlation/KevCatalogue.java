package dev.watchtower.analytics.correlation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CISA's Known Exploited Vulnerabilities catalogue: the copy bundled with the module
 * (version 2025.08.25, CC0, from {@code shared/data}) or a newer one in the same shape.
 *
 * @param version the catalogue version
 * @param rows one row per CVE ({@link #SCHEMA})
 */
record KevCatalogue(String version, List<Row> rows) {

	static final StructType SCHEMA = new StructType().add("cve", DataTypes.StringType)
		.add("vendor_project", DataTypes.StringType)
		.add("product", DataTypes.StringType)
		.add("vulnerability_name", DataTypes.StringType)
		.add("date_added", DataTypes.DateType)
		.add("ransomware", DataTypes.StringType);

	private static final String BUNDLED = "/dev/watchtower/analytics/correlation/known_exploited_vulnerabilities.json";

	KevCatalogue {
		Objects.requireNonNull(version, "version");
		rows = List.copyOf(rows);
	}

	/**
	 * Loads a catalogue file, or the bundled copy.
	 * @param file the file, or null
	 * @return the catalogue
	 */
	static KevCatalogue load(@Nullable Path file) {
		String where = (file != null) ? file.toString() : BUNDLED;
		try (InputStream in = (file != null) ? Files.newInputStream(file)
				: Objects.requireNonNull(KevCatalogue.class.getResourceAsStream(BUNDLED), BUNDLED)) {
			return parse(JsonMapper.builder().build().readTree(in), where);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the KEV catalogue " + where, ex);
		}
	}

	static KevCatalogue parse(JsonNode root, String where) {
		JsonNode vulnerabilities = root.path("vulnerabilities");
		if (!vulnerabilities.isArray()) {
			throw new IllegalArgumentException("KEV catalogue " + where + " has no 'vulnerabilities' array");
		}
		List<Row> rows = new ArrayList<>();
		for (JsonNode entry : vulnerabilities) {
			String cve = entry.path("cveID").asString("").trim().toUpperCase(java.util.Locale.ROOT);
			if (cve.isEmpty()) {
				continue;
			}
			rows.add(RowFactory.create(cve, text(entry, "vendorProject"), text(entry, "product"),
					text(entry, "vulnerabilityName"), date(entry.path("dateAdded").asString("")),
					text(entry, "knownRansomwareCampaignUse")));
		}
		return new KevCatalogue(root.path("catalogVersion").asString("unknown"), rows);
	}

	private static @Nullable String text(JsonNode entry, String field) {
		JsonNode value = entry.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static @Nullable Date date(String text) {
		try {
			return text.isEmpty() ? null : Date.valueOf(LocalDate.parse(text));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
