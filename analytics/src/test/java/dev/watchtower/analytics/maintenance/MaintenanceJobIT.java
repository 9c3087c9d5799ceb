package dev.watchtower.analytics.maintenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.watchtower.analytics.GoldFixture;
import dev.watchtower.analytics.TestSpark;
import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.run.JobResult;
import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.jdk.javaapi.CollectionConverters;

import static dev.watchtower.analytics.GoldFixture.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code maintain} on a copy of {@link GoldFixture}'s lake after the chain: the history a
 * bulletin is reproduced from stays, everything else past its retention goes, and no
 * table's content changes.
 */
class MaintenanceJobIT {

	private static final List<LakeTable> BULLETIN_SOURCES = List.of(LakeTable.INCIDENTS, LakeTable.DEADLINE_CHECKS,
			LakeTable.KEV_MATCHES);

	private static final List<LakeTable> BATCH_TABLES = List.of(LakeTable.INCIDENT_REPORTS, LakeTable.ANNUAL_REPORTS,
			LakeTable.INSTITUTIONS);

	@TempDir
	Path folder;

	private final SparkSession spark = TestSpark.session();

	@Test
	void the_tables_a_bulletin_records_keep_the_history_the_rules_ask_for() {
		// given
		Path lake = GoldFixture.preparedLake(this.folder);

		// then: the bundled rules keep 1,095 days
		for (LakeTable table : BULLETIN_SOURCES) {
			assertThat(properties(lake, table)).as(table.path())
				.containsEntry("delta.logRetentionDuration", "interval 1095 days")
				.containsEntry("delta.deletedFileRetentionDuration", "interval 1095 days");
		}
		assertThat(properties(lake, LakeTable.POSTURE)).doesNotContainKeys("delta.logRetentionDuration",
				"delta.deletedFileRetentionDuration");
	}

	@Test
	void maintenance_compacts_and_removes_only_the_files_past_their_table_s_retention() throws IOException {
		// given: the chain ran; posture rewritten as three files with the same rows; a
		// table whose retention was set by hand; files no version refers to (what a
		// killed
		// write leaves) of several ages
		Path lake = GoldFixture.preparedLake(this.folder);
		Lake at = Lake.at(lake);
		this.spark.read()
			.format("delta")
			.load(at.location(LakeTable.POSTURE))
			.repartition(3)
			.write()
			.format("delta")
			.mode("overwrite")
			.option("dataChange", "false")
			.save(at.location(LakeTable.POSTURE));
		this.spark.sql("ALTER TABLE delta.`%s` SET TBLPROPERTIES ('delta.logRetentionDuration' = 'interval 30 days')"
			.formatted(at.location(LakeTable.KEV_MATCHES)));
		Path incidentsOld = stray(lake, LakeTable.INCIDENTS, Duration.ofDays(4 * 365));
		Path incidentsRecent = stray(lake, LakeTable.INCIDENTS, Duration.ofDays(30));
		Path postureRecent = stray(lake, LakeTable.POSTURE, Duration.ofDays(30));
		Path postureNew = stray(lake, LakeTable.POSTURE, Duration.ofDays(1));
		Row bulletin = this.spark.read().format("delta").load(at.location(LakeTable.BULLETINS)).first();
		long incidentsVersion = CollectionConverters
			.asJava(bulletin.<scala.collection.Map<String, Long>>getAs("source_versions"))
			.get(LakeTable.INCIDENTS.path());
		long incidentsThen = at.readAt(this.spark, LakeTable.INCIDENTS, incidentsVersion).rows().count();
		Map<LakeTable, Long> rows = rowCounts(at);
		Map<LakeTable, Long> batchVersions = versions(at, BATCH_TABLES);

		// when
		JobResult result = new MaintenanceJob().run(TestSpark.context(lake, AS_OF, false));

		// then: nothing read differently
		assertThat(rowCounts(at)).isEqualTo(rows);
		assertThat(at.readAt(this.spark, LakeTable.INCIDENTS, incidentsVersion).rows().count())
			.isEqualTo(incidentsThen);
		// posture's three files are one
		assertThat(DeltaTable.forPath(this.spark, at.location(LakeTable.POSTURE))
			.detail()
			.select("numFiles")
			.first()
			.getLong(0)).isEqualTo(1L);
		assertThat(result.counts().get("files_compacted")).isGreaterThanOrEqualTo(3L);
		// a bulletin source keeps 1,095 days, the others Delta's 7
		assertThat(incidentsOld).doesNotExist();
		assertThat(incidentsRecent).exists();
		assertThat(postureRecent).doesNotExist();
		assertThat(postureNew).exists();
		assertThat(result.counts().get("files_removed")).isGreaterThanOrEqualTo(2L);
		// the hand-set retention is back to the rules'
		assertThat(properties(lake, LakeTable.KEV_MATCHES)).containsEntry("delta.logRetentionDuration",
				"interval 1095 days");
		// every analytics table that exists was maintained; batch's tables were not
		// touched
		assertThat(result.counts().get("tables")).isEqualTo(rows.size() - batchVersions.size());
		assertThat(batchVersions).containsKeys(LakeTable.INCIDENT_REPORTS, LakeTable.ANNUAL_REPORTS);
		assertThat(versions(at, BATCH_TABLES)).isEqualTo(batchVersions);
		assertThat(result.tableVersions()).isEmpty();
	}

	/** The versions of those tables that exist. */
	private Map<LakeTable, Long> versions(Lake lake, List<LakeTable> tables) {
		Map<LakeTable, Long> versions = new LinkedHashMap<>();
		for (LakeTable table : tables) {
			lake.version(this.spark, table).ifPresent((version) -> versions.put(table, version));
		}
		return versions;
	}

	private Map<String, String> properties(Path lake, LakeTable table) {
		return DeltaTable.forPath(this.spark, Lake.at(lake).location(table))
			.detail()
			.select("properties")
			.first()
			.getJavaMap(0);
	}

	private Map<LakeTable, Long> rowCounts(Lake lake) {
		Map<LakeTable, Long> counts = new LinkedHashMap<>();
		for (LakeTable table : LakeTable.values()) {
			if (lake.exists(this.spark, table)) {
				counts.put(table, this.spark.read().format("delta").load(lake.location(table)).count());
			}
		}
		return counts;
	}

	/** A data file no version refers to, last modified {@code age} ago. */
	private static Path stray(Path lake, LakeTable table, Duration age) throws IOException {
		Path file = lake.resolve(table.path()).resolve("part-00000-stray-" + age.toDays() + "d-c000.snappy.parquet");
		Files.write(file, new byte[] { 'P', 'A', 'R', '1' });
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
		return file;
	}

}
