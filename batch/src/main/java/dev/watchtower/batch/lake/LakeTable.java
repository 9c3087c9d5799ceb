package dev.watchtower.batch.lake;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The tables the intake owns, with their declared columns (the contract in
 * {@code docs/lake.md}) and partition column.
 */
public enum LakeTable {

	/** Every accepted filing as received. */
	FILINGS("bronze/filings", "received_date", LakeSchemas.filings()),

	/** Every rejected record, or unreadable whole file. */
	REJECTS("bronze/rejects", "received_date", LakeSchemas.rejects()),

	/** One row per incident report stage filing, its highest version. */
	INCIDENT_REPORTS("silver/incident_reports", "occurred_month", LakeSchemas.incidentReports()),

	/** One row per annual report filing, its highest version. */
	ANNUAL_REPORTS("silver/annual_reports", null, LakeSchemas.annualReports()),

	/** The institutions that have filed. */
	INSTITUTIONS("silver/institutions", null, LakeSchemas.institutions());

	private final String path;

	private final @Nullable String partitionColumn;

	private final StructType schema;

	LakeTable(String path, @Nullable String partitionColumn, StructType schema) {
		this.path = path;
		this.partitionColumn = partitionColumn;
		this.schema = schema;
	}

	/**
	 * The path under the lake root.
	 * @return for example {@code bronze/filings}
	 */
	public String path() {
		return this.path;
	}

	/**
	 * The transaction id prefix-free name used in Delta application ids.
	 * @return for example {@code filings}
	 */
	public String shortName() {
		return this.path.substring(this.path.indexOf('/') + 1);
	}

	Optional<String> partitionColumn() {
		return Optional.ofNullable(this.partitionColumn);
	}

	/**
	 * The Delta table properties the table is declared with: bronze tables are
	 * append-only; {@code silver/incident_reports} keeps file statistics on
	 * {@code received_at} (beside the columns Delta indexes by default, the first 32), so
	 * that readers asking for the rows received since a time skip the files written
	 * before it instead of scanning the table (analytics' incremental runs, ADR 32).
	 * @return property names and values
	 */
	Map<String, String> properties() {
		return switch (this) {
			case FILINGS, REJECTS -> Map.of("delta.appendOnly", "true");
			case INCIDENT_REPORTS -> Map.of("delta.dataSkippingStatsColumns", String.join(",", REPORT_STATISTICS));
			case ANNUAL_REPORTS, INSTITUTIONS -> Map.of();
		};
	}

	/**
	 * The columns of {@code silver/incident_reports} with file statistics: those Delta
	 * indexed by default (the scalar columns among its first 32 leaf columns) and
	 * {@code received_at}.
	 */
	static final List<String> REPORT_STATISTICS = List.of("institution_code", "institution_name", "sector", "province",
			"filing_id", "version", "incident_id", "stage", "occurred_at", "detected_at", "reported_at", "recovered_at",
			"category", "cause", "self_assessed_level", "computed_level", "outage_minutes", "persons_affected",
			"organizations_affected", "personal_records_leaked", "serves_persons", "received_at");

	StructType schema() {
		return this.schema;
	}

	static StructField column(String name, org.apache.spark.sql.types.DataType type, boolean nullable, String comment) {
		return new StructField(name, type, nullable, Metadata.empty()).withComment(comment);
	}

	static StructField text(String name, boolean nullable, String comment) {
		return column(name, DataTypes.StringType, nullable, comment);
	}

}
