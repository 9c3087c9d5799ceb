package dev.watchtower.analytics.lake;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.watchtower.ingestion.institution.UnifiedSocialCreditCode;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Hand-made silver tables in exactly the shape of {@code docs/lake.md}: builders with
 * defaults for the columns that do not matter, {@code withX} for those that do.
 */
public final class SilverFixtures {

	private SilverFixtures() {
	}

	/**
	 * A valid unified social credit code made from a short tag.
	 * @param tag up to 8 letters or digits (from the code alphabet)
	 * @return the code
	 */
	public static String institution(String tag) {
		String body = ("91110000" + tag + "000000000").substring(0, 17);
		return UnifiedSocialCreditCode.withCheckCharacter(body).value();
	}

	/**
	 * A China-time instant.
	 * @param text {@code 2026-03-02T10:00}
	 * @return the timestamp
	 */
	public static Timestamp at(String text) {
		return Timestamp
			.from(OffsetDateTime.parse(text + ":00+08:00", DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
	}

	public static ReportRow report(String institutionCode, String incidentId, String stage) {
		return new ReportRow(institutionCode, incidentId, stage);
	}

	public static AnnualRow annual(String institutionCode, String regime, int year) {
		return new AnnualRow(institutionCode, regime, year);
	}

	/**
	 * Appends rows to a silver table (one Delta commit, as an intake chunk would).
	 * @param spark the session
	 * @param lake the lake folder
	 * @param table the table
	 * @param rows the rows
	 */
	public static void append(SparkSession spark, Path lake, LakeTable table, List<? extends FixtureRow> rows) {
		frame(spark, table, rows).write().format("delta").mode("append").save(Lake.at(lake).location(table));
	}

	/**
	 * Rows in a silver table's schema, as a frame (for a transform test that needs no
	 * lake).
	 * @param spark the session
	 * @param table the table
	 * @param rows the rows
	 * @return the frame
	 */
	public static Dataset<Row> frame(SparkSession spark, LakeTable table, List<? extends FixtureRow> rows) {
		StructType schema = switch (table) {
			case INCIDENT_REPORTS -> SilverTables.INCIDENT_REPORTS;
			case ANNUAL_REPORTS -> SilverTables.ANNUAL_REPORTS;
			case INSTITUTIONS -> SilverTables.INSTITUTIONS;
			default -> throw new IllegalArgumentException("not a silver input: " + table);
		};
		List<Row> data = rows.stream().map((row) -> row.toRow(schema)).toList();
		return spark.createDataFrame(data, schema);
	}

	/**
	 * A row built by column name.
	 */
	public abstract static class FixtureRow {

		final Map<String, Object> values = new HashMap<>();

		Row toRow(StructType schema) {
			return RowFactory.create(Arrays.stream(schema.fieldNames()).map(this.values::get).toArray());
		}

		@SuppressWarnings("unchecked")
		<T extends FixtureRow> T set(String column, Object value) {
			this.values.put(column, value);
			return (T) this;
		}

	}

	/**
	 * One {@code silver/incident_reports} row.
	 */
	public static final class ReportRow extends FixtureRow {

		ReportRow(String institutionCode, String incidentId, String stage) {
			set("institution_code", institutionCode);
			set("institution_name", "测试银行股份有限公司");
			set("sector", "BANK");
			set("province", "11");
			set("filing_id", incidentId + "-" + stage);
			set("version", 1);
			set("incident_id", incidentId);
			set("stage", stage);
			set("regimes", List.of("NFRA"));
			set("occurred_at", at("2026-03-02T10:00"));
			set("detected_at", at("2026-03-02T10:05"));
			set("reported_at", at("2026-03-02T11:00"));
			set("category", "DE");
			set("cause", "DEFECT_OR_FAILURE");
			set("self_assessed_level", "GENERAL");
			set("under_graded", false);
			set("grades", List.of());
			set("deadlines", List.of());
			set("provinces_affected", List.of("11"));
			set("systems_affected", List.of("核心系统"));
			set("vendors", List.of());
			set("cves", List.of());
			set("title", "核心系统故障");
			set("narrative", "核心系统数据库故障，柜面业务中断。");
			set("received_at", at("2026-03-05T09:00"));
			set("source_file", "incident-reports.ndjson");
			set("run_id", "run-1");
			set("occurred_month", "2026-03");
		}

		public ReportRow withSector(String sector) {
			return set("sector", sector);
		}

		public ReportRow withProvince(String province) {
			return set("province", province);
		}

		public ReportRow withName(String name) {
			return set("institution_name", name);
		}

		public ReportRow withRegimes(String... regimes) {
			return set("regimes", List.of(regimes));
		}

		public ReportRow withTimes(String occurred, String detected, String reported) {
			set("occurred_at", at(occurred));
			set("occurred_month", occurred.substring(0, 7));
			set("detected_at", at(detected));
			return set("reported_at", at(reported));
		}

		public ReportRow withRecoveredAt(String recovered) {
			return set("recovered_at", at(recovered));
		}

		public ReportRow withCategory(String category, String cause) {
			set("category", category);
			return set("cause", cause);
		}

		public ReportRow withLevels(String selfAssessed, String computed) {
			set("self_assessed_level", selfAssessed);
			set("computed_level", computed);
			return set("under_graded", computed != null && levelRank(selfAssessed) < levelRank(computed));
		}

		public ReportRow withImpact(long outageMinutes, long personsAffected, long recordsLeaked) {
			set("outage_minutes", outageMinutes);
			set("persons_affected", personsAffected);
			return set("personal_records_leaked", recordsLeaked);
		}

		public ReportRow withServesPersons(long servesPersons) {
			return set("serves_persons", servesPersons);
		}

		public ReportRow withLoss(String yuan) {
			return set("economic_loss_yuan", new BigDecimal(yuan));
		}

		public ReportRow withVendors(String... vendors) {
			return set("vendors", List.of(vendors));
		}

		public ReportRow withCves(String... cves) {
			return set("cves", List.of(cves));
		}

		public ReportRow withText(String title, String narrative) {
			set("title", title);
			return set("narrative", narrative);
		}

		public ReportRow withReceivedAt(String received) {
			return set("received_at", at(received));
		}

		public ReportRow withFiling(String filingId, int version) {
			set("filing_id", filingId);
			return set("version", version);
		}

		public ReportRow withStage(String stage) {
			return set("stage", stage);
		}

		public ReportRow withContact(String name, String phone) {
			set("contact_name", name);
			return set("contact_phone", phone);
		}

		private static int levelRank(String level) {
			return switch (level) {
				case "EXTRAORDINARY" -> 4;
				case "MAJOR" -> 3;
				case "LARGE" -> 2;
				case "GENERAL" -> 1;
				default -> 0;
			};
		}

	}

	/**
	 * One {@code silver/annual_reports} row.
	 */
	public static final class AnnualRow extends FixtureRow {

		AnnualRow(String institutionCode, String regime, int year) {
			set("institution_code", institutionCode);
			set("institution_name", "测试银行股份有限公司");
			set("sector", "BANK");
			set("province", "11");
			set("filing_id", "AR-" + regime + "-" + year);
			set("version", 1);
			set("regime", regime);
			set("year", year);
			set("reported_at", at((year + 1) + "-01-10T09:00"));
			set("incidents_total", 0L);
			set("sections", Map.of("governance", "治理"));
			set("received_at", at((year + 1) + "-01-10T10:00"));
			set("source_file", "annual-reports.json");
			set("run_id", "run-1");
		}

		public AnnualRow withReportedAt(String reported) {
			return set("reported_at", at(reported));
		}

		/**
		 * Declares the incidents of one level, leaving the others as they are (a level
		 * never declared stays null).
		 * @param level {@code TOTAL} or a level name
		 * @param incidents the number declared
		 * @return this row
		 */
		public AnnualRow declaring(String level, long incidents) {
			return set("incidents_" + level.toLowerCase(Locale.ROOT), incidents);
		}

		public AnnualRow withIncidents(long total, long extraordinary, long major, long large, long general) {
			set("incidents_total", total);
			set("incidents_extraordinary", extraordinary);
			set("incidents_major", major);
			set("incidents_large", large);
			return set("incidents_general", general);
		}

	}

	/**
	 * Rows for a list call.
	 * @param rows the rows
	 * @return the list
	 */
	@SafeVarargs
	public static <T extends FixtureRow> List<T> rows(T... rows) {
		return new ArrayList<>(List.of(rows));
	}

}
