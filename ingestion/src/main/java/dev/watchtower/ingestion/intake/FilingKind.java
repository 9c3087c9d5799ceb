package dev.watchtower.ingestion.intake;

import java.util.Optional;

import dev.watchtower.ingestion.annualreport.AnnualReport;
import dev.watchtower.ingestion.incident.IncidentReport;

/**
 * The two kinds of filing, told apart by their {@code schema} field.
 */
public enum FilingKind {

	INCIDENT_REPORT(IncidentReport.SCHEMA_ID, "incident-report-v1.schema.json"),
	ANNUAL_REPORT(AnnualReport.SCHEMA_ID, "annual-report-v1.schema.json");

	/** Classpath folder of the JSON Schema resources. */
	public static final String SCHEMA_FOLDER = "/dev/watchtower/ingestion/schema/";

	private final String schemaId;

	private final String schemaResource;

	FilingKind(String schemaId, String schemaResource) {
		this.schemaId = schemaId;
		this.schemaResource = schemaResource;
	}

	public String schemaId() {
		return this.schemaId;
	}

	/**
	 * Classpath location of this kind's JSON Schema (draft 2020-12).
	 * @return for example
	 * {@code /dev/watchtower/ingestion/schema/incident-report-v1.schema.json}
	 */
	public String schemaResource() {
		return SCHEMA_FOLDER + this.schemaResource;
	}

	public static Optional<FilingKind> bySchemaId(String schemaId) {
		for (FilingKind kind : values()) {
			if (kind.schemaId.equals(schemaId)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
