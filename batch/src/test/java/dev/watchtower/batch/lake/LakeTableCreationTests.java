package dev.watchtower.batch.lake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating the lake's tables on a real local Spark session and Delta on disk, including
 * after a process was killed between Delta making {@code _delta_log} and writing the
 * first commit (which once left the intake unable to start again).
 */
class LakeTableCreationTests {

	@TempDir
	static Path root;

	private static LakeSession session;

	@BeforeAll
	static void startSpark() {
		session = new LakeSession(settings("unused"));
	}

	/** A lake of its own for each test, on the one session. */
	private static Lake lake(String name) {
		return new Lake(session, settings(name));
	}

	private static LakeSettings settings(String name) {
		return new LakeSettings(root.resolve(name).toString(), "local[1]", 24, 2, Map.of());
	}

	@AfterAll
	static void stopSpark() {
		session.stop();
	}

	@Test
	void a_creation_killed_before_its_first_commit_is_done_again() throws IOException {
		// given: what a kill leaves: an empty log folder, or one with a temporary commit
		Lake lake = lake("killed-creation");
		Path filings = Path.of(lake.location(LakeTable.FILINGS));
		Path rejects = Path.of(lake.location(LakeTable.REJECTS));
		Files.createDirectories(filings.resolve("_delta_log"));
		Files.createDirectories(rejects.resolve("_delta_log/_commits"));
		Files.writeString(rejects.resolve("_delta_log/.00000000000000000000.json.0f6a.tmp"), "{\"commitInfo\":{}");

		// when
		lake.createTables();

		// then
		SparkSession spark = session.spark();
		for (LakeTable table : LakeTable.values()) {
			assertThat(DeltaTable.isDeltaTable(spark, lake.location(table))).as(table.path()).isTrue();
			assertThat(lake.count(table)).as(table.path()).isZero();
		}
		assertThat(DeltaTable.forPath(spark, lake.location(LakeTable.REJECTS))
			.detail()
			.first()
			.<Object>getAs("properties")).asString().contains("delta.appendOnly");
	}

	@Test
	void tables_that_exist_are_left_as_they_are() throws IOException {
		// given: created tables, one of them with a stray temporary file in its log
		Lake lake = lake("existing");
		lake.createTables();
		SparkSession spark = session.spark();
		Path log = Path.of(lake.location(LakeTable.INCIDENT_REPORTS)).resolve("_delta_log");
		Files.writeString(log.resolve(".00000000000000000001.json.77aa.tmp"), "{");
		long versions = DeltaTable.forPath(spark, lake.location(LakeTable.INCIDENT_REPORTS)).history().count();

		// when
		lake.createTables();

		// then
		assertThat(DeltaTable.forPath(spark, lake.location(LakeTable.INCIDENT_REPORTS)).history().count())
			.isEqualTo(versions);
		assertThat(log.resolve("00000000000000000000.json")).exists();
		assertThat(log.resolve(".00000000000000000001.json.77aa.tmp")).exists();
	}

	@Test
	void a_table_created_before_a_property_was_declared_gets_it() {
		// given: silver/incident_reports as created before it kept statistics on
		// received_at (Delta's default: the first 32 leaf columns, received_at is not
		// one)
		Lake lake = lake("undeclared-property");
		SparkSession spark = session.spark();
		String reports = lake.location(LakeTable.INCIDENT_REPORTS);
		DeltaTable.create(spark)
			.location(reports)
			.addColumns(LakeTable.INCIDENT_REPORTS.schema())
			.partitionedBy("occurred_month")
			.execute();
		append(spark, reports, "2026-03-01T02:00:00Z");
		assertThat(statistics(spark, reports)).singleElement().asString().doesNotContain("\"received_at\"");
		long versions = DeltaTable.forPath(spark, reports).history().count();

		// when
		lake.createTables();
		lake.createTables();

		// then: set once, and files written since have statistics on received_at
		assertThat(DeltaTable.forPath(spark, reports).detail().first().<Object>getAs("properties")).asString()
			.contains("delta.dataSkippingStatsColumns")
			.contains("received_at");
		assertThat(DeltaTable.forPath(spark, reports).history().count()).isEqualTo(versions + 1);
		append(spark, reports, "2026-03-02T02:00:00Z");
		assertThat(statistics(spark, reports)).hasSize(2)
			.filteredOn((stats) -> stats.contains("\"received_at\":\"2026-03-02T"))
			.hasSize(1);
	}

	/**
	 * One report row received at that time (other columns: any value their type allows).
	 */
	private static void append(SparkSession spark, String location, String receivedAt) {
		StructType schema = LakeTable.INCIDENT_REPORTS.schema();
		Object[] values = new Object[schema.size()];
		for (int i = 0; i < values.length; i++) {
			StructField field = schema.fields()[i];
			values[i] = switch (field.name()) {
				case "received_at" -> Timestamp.from(Instant.parse(receivedAt));
				case "occurred_month" -> "2026-03";
				default -> field.nullable() ? null : anyValue(field.dataType());
			};
		}
		spark.createDataFrame(List.of(RowFactory.create(values)), schema)
			.write()
			.format("delta")
			.mode("append")
			.save(location);
	}

	private static Object anyValue(DataType type) {
		if (type instanceof StringType) {
			return "x";
		}
		if (type instanceof TimestampType) {
			return Timestamp.from(Instant.parse("2026-03-01T00:00:00Z"));
		}
		if (type instanceof DateType) {
			return Date.valueOf("2026-03-01");
		}
		if (type instanceof IntegerType) {
			return 1;
		}
		if (type instanceof LongType) {
			return 1L;
		}
		if (type instanceof BooleanType) {
			return false;
		}
		if (type instanceof ArrayType) {
			return List.of();
		}
		throw new IllegalArgumentException("No value for " + type);
	}

	/** The statistics of the table's files, as Delta's log records them. */
	private static List<String> statistics(SparkSession spark, String location) {
		return DeltaTable.forPath(spark, location)
			.toDF()
			.sparkSession()
			.read()
			.json(location + "/_delta_log/*.json")
			.where("add is not null")
			.select("add.stats")
			.as(Encoders.STRING())
			.collectAsList();
	}

}
