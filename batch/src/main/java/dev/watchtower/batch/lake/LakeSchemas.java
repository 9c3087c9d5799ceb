package dev.watchtower.batch.lake;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import static dev.watchtower.batch.lake.LakeTable.column;
import static dev.watchtower.batch.lake.LakeTable.text;

/**
 * The declared columns of every intake table, as documented in {@code docs/lake.md}.
 */
final class LakeSchemas {

	private static final DataType TIMESTAMP = DataTypes.TimestampType;

	/**
	 * Delta has no NOT NULL inside arrays and maps: nested elements and fields are
	 * nullable.
	 */
	private static final ArrayType TEXTS = DataTypes.createArrayType(DataTypes.StringType, true);

	private LakeSchemas() {
	}

	static StructType filings() {
		return new StructType(new StructField[] { text("institution_code", false, "USCC of the filer"),
				text("filing_id", false, "institution-chosen id"),
				column("version", DataTypes.IntegerType, false, "version, >= 1"),
				text("kind", false, "INCIDENT_REPORT or ANNUAL_REPORT"),
				text("payload", false, "the record as received (JSON text)"),
				text("checksum", false, "SHA-256 (hex) of payload"),
				text("source_file", false, "file name as received, relative to the inbox"),
				text("source_checksum", false, "SHA-256 of the whole source file"),
				column("record_index", DataTypes.LongType, false, "line, row or array index in the file"),
				column("received_at", TIMESTAMP, false, "when the intake run read it"),
				text("run_id", false, "the intake run (job instance)"),
				column("received_date", DataTypes.DateType, false, "China date of received_at; partition") });
	}

	static StructType rejects() {
		StructType violation = new StructType(new StructField[] { text("path", true, "dotted field path"),
				text("rule", true, "rule id"), text("message_zh", true, "message in Chinese"),
				text("message_en", true, "message in English"), text("value", true, "offending value") });
		return new StructType(
				new StructField[] { text("reject_id", false, "SHA-256 of source checksum, record kind and index"),
						text("source_file", false, "file name as received"),
						text("source_checksum", false, "SHA-256 of the whole source file"),
						text("record_kind", false, "FILE, LINE, ROW or ELEMENT"),
						column("record_index", DataTypes.LongType, false, "index within the file"),
						text("filing_id", true, "when readable"), text("institution_code", true, "when readable"),
						column("rules", TEXTS, false, "rule ids"),
						column("violations", DataTypes.createArrayType(violation, true), false, "every problem"),
						text("payload", true, "the original record text (bounded)"),
						column("received_at", TIMESTAMP, false, "when the intake run read it"),
						text("run_id", false, "the intake run"),
						column("received_date", DataTypes.DateType, false, "China date of received_at; partition") });
	}

	static StructType incidentReports() {
		StructType grade = new StructType(
				new StructField[] { text("regime", true, ""), text("rulebook_version", true, ""),
						text("required_level", true, ""), column("rule_ids", TEXTS, true, ""),
						column("figures", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true),
								true, ""),
						column("needs_judgement", TEXTS, true, ""), column("unknown", TEXTS, true, ""),
						column("under_graded", DataTypes.BooleanType, true, "") });
		StructType deadline = new StructType(new StructField[] { text("rule_id", true, ""), text("regime", true, ""),
				text("filing", true, ""), text("trigger", true, ""), column("triggered_at", TIMESTAMP, true, ""),
				column("due_at", TIMESTAMP, true, ""), text("provenance", true, ""),
				column("binding", DataTypes.BooleanType, true, ""),
				column("calendar_official", DataTypes.BooleanType, true, "") });
		return new StructType(new StructField[] { text("institution_code", false, "USCC of the filer"),
				text("institution_name", false, ""), text("sector", false, ""), text("province", false, ""),
				text("filing_id", false, ""), column("version", DataTypes.IntegerType, false, ""),
				text("incident_id", false, "stable across the stages"),
				text("stage", false, "BRIEF, INITIAL, PROGRESS or FINAL"),
				column("regimes", TEXTS, false, "PBOC, NFRA, CSRC, CAC"), column("occurred_at", TIMESTAMP, false, ""),
				column("detected_at", TIMESTAMP, false, ""), column("reported_at", TIMESTAMP, false, ""),
				column("recovered_at", TIMESTAMP, true, ""), text("category", false, "GB/T 20986-2023 code"),
				text("subcategory", true, ""), text("cause", false, "PBoC Art. 3 cause"),
				text("self_assessed_level", false, ""),
				text("computed_level", true, "highest level any regime requires; null: no known rule met"),
				column("under_graded", DataTypes.BooleanType, false, "self-assessed below computed_level"),
				column("grades", DataTypes.createArrayType(grade, true), false, "grading explanation per regime"),
				column("deadlines", DataTypes.createArrayType(deadline, true), false,
						"the next filings this report makes due"),
				column("outage_minutes", DataTypes.LongType, true, ""),
				column("persons_affected", DataTypes.LongType, true, ""),
				column("organizations_affected", DataTypes.LongType, true, ""),
				column("personal_records_leaked", DataTypes.LongType, true, ""),
				column("sensitive_records_leaked", DataTypes.LongType, true, ""),
				column("serves_persons", DataTypes.LongType, true, ""),
				column("economic_loss_yuan", DataTypes.createDecimalType(20, 2), true, ""),
				column("peak_hours", DataTypes.BooleanType, true, ""),
				column("financial_infrastructure", DataTypes.BooleanType, true, ""),
				column("payment_critical", DataTypes.BooleanType, true, ""),
				column("provinces_affected", TEXTS, false, ""), column("systems_affected", TEXTS, false, ""),
				column("vendors", TEXTS, false, ""), column("cves", TEXTS, false, ""), text("data_level", true, ""),
				text("title", false, ""), text("narrative", false, ""), text("measures", true, ""),
				text("contact_name", true, "masked"), text("contact_phone", true, "masked"),
				column("received_at", TIMESTAMP, false, ""), text("source_file", false, ""), text("run_id", false, ""),
				text("occurred_month", false, "yyyy-MM, China time; partition") });
	}

	static StructType annualReports() {
		return new StructType(new StructField[] { text("institution_code", false, ""),
				text("institution_name", false, ""), text("sector", false, ""), text("province", false, ""),
				text("filing_id", false, ""), column("version", DataTypes.IntegerType, false, ""),
				text("regime", false, ""), column("year", DataTypes.IntegerType, false, "reporting year"),
				column("reported_at", TIMESTAMP, false, ""),
				column("due_at", TIMESTAMP, true, "null where the rulebook has no deadline"),
				column("incidents_total", DataTypes.LongType, false, ""),
				column("incidents_extraordinary", DataTypes.LongType, true, ""),
				column("incidents_major", DataTypes.LongType, true, ""),
				column("incidents_large", DataTypes.LongType, true, ""),
				column("incidents_general", DataTypes.LongType, true, ""),
				column("risk_assessments_done", DataTypes.LongType, true, ""),
				column("audits_done", DataTypes.LongType, true, ""),
				column("drills_done", DataTypes.LongType, true, ""),
				column("staff_trained", DataTypes.LongType, true, ""),
				column("open_findings", DataTypes.LongType, true, ""),
				column("stress_test_capacity_ratio", DataTypes.DoubleType, true, ""),
				column("sections", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true), false,
						"section name to text"),
				column("received_at", TIMESTAMP, false, ""), text("source_file", false, ""),
				text("run_id", false, "") });
	}

	static StructType institutions() {
		return new StructType(new StructField[] { text("institution_code", false, "USCC"),
				text("institution_name", false, "latest name seen"), text("sector", false, ""),
				text("province", false, ""), column("first_filed_at", TIMESTAMP, false, "earliest reported_at"),
				column("last_filed_at", TIMESTAMP, false, "latest reported_at"),
				column("updated_at", TIMESTAMP, false, "when the intake last changed the row") });
	}

}
