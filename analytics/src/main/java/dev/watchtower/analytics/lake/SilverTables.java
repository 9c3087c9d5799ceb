package dev.watchtower.analytics.lake;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;

/**
 * The silver tables the batch intake writes, column for column as {@code docs/lake.md}
 * specifies them. Readers select the columns they need by name (and so tolerate added
 * columns); tests and the benchmark generator build inputs of exactly this shape.
 */
public final class SilverTables {

	private static final DataType STRING = DataTypes.StringType;

	private static final DataType LONG = DataTypes.LongType;

	private static final DataType TIMESTAMP = DataTypes.TimestampType;

	private static final DataType BOOLEAN = DataTypes.BooleanType;

	private static final ArrayType STRINGS = DataTypes.createArrayType(STRING);

	/** The grading explanation per regime. */
	public static final StructType GRADE = new StructType().add("regime", STRING)
		.add("rulebook_version", STRING)
		.add("required_level", STRING)
		.add("rule_ids", STRINGS)
		.add("figures", DataTypes.createMapType(STRING, STRING))
		.add("needs_judgement", STRINGS)
		.add("unknown", STRINGS)
		.add("under_graded", BOOLEAN);

	/** A filing a report makes due. */
	public static final StructType DEADLINE = new StructType().add("rule_id", STRING)
		.add("regime", STRING)
		.add("filing", STRING)
		.add("trigger", STRING)
		.add("triggered_at", TIMESTAMP)
		.add("due_at", TIMESTAMP)
		.add("provenance", STRING)
		.add("binding", BOOLEAN)
		.add("calendar_official", BOOLEAN);

	/**
	 * The columns of {@code silver/incident_reports} that batch declares file statistics
	 * for ({@code delta.dataSkippingStatsColumns}, {@code docs/lake.md}): those Delta
	 * indexes by default and {@code received_at}, by which the incidents job finds the
	 * rows received since its last run.
	 */
	public static final String INCIDENT_REPORTS_STATISTICS = "institution_code,institution_name,sector,province,"
			+ "filing_id,version,incident_id,stage,occurred_at,detected_at,reported_at,recovered_at,category,cause,"
			+ "self_assessed_level,computed_level,outage_minutes,persons_affected,organizations_affected,"
			+ "personal_records_leaked,serves_persons,received_at";

	/** {@code silver/incident_reports}: one row per report stage, latest version. */
	public static final StructType INCIDENT_REPORTS = new StructType().add("institution_code", STRING)
		.add("institution_name", STRING)
		.add("sector", STRING)
		.add("province", STRING)
		.add("filing_id", STRING)
		.add("version", DataTypes.IntegerType)
		.add("incident_id", STRING)
		.add("stage", STRING)
		.add("regimes", STRINGS)
		.add("occurred_at", TIMESTAMP)
		.add("detected_at", TIMESTAMP)
		.add("reported_at", TIMESTAMP)
		.add("recovered_at", TIMESTAMP)
		.add("category", STRING)
		.add("subcategory", STRING)
		.add("cause", STRING)
		.add("self_assessed_level", STRING)
		.add("computed_level", STRING)
		.add("under_graded", BOOLEAN)
		.add("grades", DataTypes.createArrayType(GRADE))
		.add("deadlines", DataTypes.createArrayType(DEADLINE))
		.add("outage_minutes", LONG)
		.add("persons_affected", LONG)
		.add("organizations_affected", LONG)
		.add("personal_records_leaked", LONG)
		.add("sensitive_records_leaked", LONG)
		.add("serves_persons", LONG)
		.add("economic_loss_yuan", new DecimalType(20, 2))
		.add("peak_hours", BOOLEAN)
		.add("financial_infrastructure", BOOLEAN)
		.add("payment_critical", BOOLEAN)
		.add("provinces_affected", STRINGS)
		.add("systems_affected", STRINGS)
		.add("vendors", STRINGS)
		.add("cves", STRINGS)
		.add("data_level", STRING)
		.add("title", STRING)
		.add("narrative", STRING)
		.add("measures", STRING)
		.add("contact_name", STRING)
		.add("contact_phone", STRING)
		.add("received_at", TIMESTAMP)
		.add("source_file", STRING)
		.add("run_id", STRING)
		.add("occurred_month", STRING);

	/** {@code silver/annual_reports}: one row per annual report, latest version. */
	public static final StructType ANNUAL_REPORTS = new StructType().add("institution_code", STRING)
		.add("institution_name", STRING)
		.add("sector", STRING)
		.add("province", STRING)
		.add("filing_id", STRING)
		.add("version", DataTypes.IntegerType)
		.add("regime", STRING)
		.add("year", DataTypes.IntegerType)
		.add("reported_at", TIMESTAMP)
		.add("due_at", TIMESTAMP)
		.add("incidents_total", LONG)
		.add("incidents_extraordinary", LONG)
		.add("incidents_major", LONG)
		.add("incidents_large", LONG)
		.add("incidents_general", LONG)
		.add("risk_assessments_done", LONG)
		.add("audits_done", LONG)
		.add("drills_done", LONG)
		.add("staff_trained", LONG)
		.add("open_findings", LONG)
		.add("stress_test_capacity_ratio", DataTypes.DoubleType)
		.add("sections", new MapType(STRING, STRING, true))
		.add("received_at", TIMESTAMP)
		.add("source_file", STRING)
		.add("run_id", STRING);

	/** {@code silver/institutions}: one row per institution. */
	public static final StructType INSTITUTIONS = new StructType().add("institution_code", STRING)
		.add("institution_name", STRING)
		.add("sector", STRING)
		.add("province", STRING)
		.add("first_filed_at", TIMESTAMP)
		.add("last_filed_at", TIMESTAMP)
		.add("updated_at", TIMESTAMP);

	private SilverTables() {
	}

}
