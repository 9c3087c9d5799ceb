package dev.watchtower.batch.lake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.SparkSession;
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
		return new LakeSettings(root.resolve(name).toString(), "local[1]", 24, Map.of());
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

}
