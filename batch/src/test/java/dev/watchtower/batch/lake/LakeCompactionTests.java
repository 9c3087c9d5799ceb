package dev.watchtower.batch.lake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compaction of the intake's tables on a real local Spark session and Delta on disk: many
 * small files become one, the rows stay, and the files no version needs go once they are
 * older than the table's retention.
 */
class LakeCompactionTests {

	@TempDir
	static Path root;

	private static LakeSession session;

	@BeforeAll
	static void startSpark() {
		session = new LakeSession(settings());
	}

	@AfterAll
	static void stopSpark() {
		session.stop();
	}

	private static LakeSettings settings() {
		return new LakeSettings(root.resolve("lake").toString(), "local[1]", 2, 2, Map.of());
	}

	@Test
	void a_table_with_more_small_files_than_allowed_is_compacted_and_vacuumed() throws IOException {
		// given: five one-row commits to an unpartitioned table (allowed: 2 files), and
		// files no version refers to (what a killed write leaves), 8 days and 1 day old
		Lake lake = new Lake(session, settings());
		lake.createTables();
		SparkSession spark = session.spark();
		String institutions = lake.location(LakeTable.INSTITUTIONS);
		for (int i = 0; i < 5; i++) {
			Instant at = Instant.parse("2026-03-0%dT02:00:00Z".formatted(i + 1));
			Row row = RowFactory.create("91110000" + i, "机构" + i, "BANK", "11", at, at, at);
			spark.createDataFrame(List.of(row), LakeTable.INSTITUTIONS.schema())
				.write()
				.format("delta")
				.mode("append")
				.save(institutions);
		}
		Path old = stray(Path.of(institutions), Duration.ofDays(8));
		Path recent = stray(Path.of(institutions), Duration.ofDays(1));

		// when
		List<LakeTable> compacted = lake.compact();

		// then
		assertThat(compacted).containsExactly(LakeTable.INSTITUTIONS);
		DeltaTable delta = DeltaTable.forPath(spark, institutions);
		assertThat(delta.detail().first().<Long>getAs("numFiles")).isEqualTo(1L);
		assertThat(lake.count(LakeTable.INSTITUTIONS)).isEqualTo(5L);
		assertThat(old).doesNotExist();
		assertThat(recent).exists();
		// the five small files are replaced but younger than the retention: still there
		try (var files = Files.list(Path.of(institutions))) {
			assertThat(files.filter((file) -> file.getFileName().toString().startsWith("part-"))
				.filter((file) -> !file.equals(recent))).hasSize(6);
		}
	}

	/** A data file no version refers to, last modified {@code age} ago. */
	private static Path stray(Path table, Duration age) throws IOException {
		Path file = table.resolve("part-00000-stray-" + age.toDays() + "d-c000.snappy.parquet");
		Files.write(file, new byte[] { 'P', 'A', 'R', '1' });
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
		return file;
	}

}
