package dev.watchtower.analytics.lake;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;

import dev.watchtower.analytics.TestSpark;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code gold/_watermarks} as an append-only log (ADR 33): a job's watermark is its
 * latest record, also when two records carry the same run time; a table written as one
 * row per job and source (before the log) is read, then superseded by the next record.
 */
class WatermarksIT {

	private static final Instant RUN_AT = Instant.parse("2026-03-05T01:00:00Z");

	private static final LocalDate AS_OF = LocalDate.of(2026, 3, 5);

	@TempDir
	Path root;

	@Test
	void the_latest_record_is_the_watermark_and_every_record_is_kept() {
		SparkSession spark = TestSpark.session();
		Lake lake = Lake.at(this.root.resolve("lake"));
		Watermarks watermarks = new Watermarks(spark, lake);
		watermarks.put(mark("incidents", LakeTable.INCIDENT_REPORTS, 1), RUN_AT);
		watermarks.put(List.of(mark("incidents", LakeTable.INCIDENT_REPORTS, 2),
				mark("deadlines", LakeTable.INCIDENT_REPORTS, 7)), RUN_AT);

		assertThat(watermarks.get("incidents", LakeTable.INCIDENT_REPORTS))
			.hasValueSatisfying((mark) -> assertThat(mark.sourceVersion()).isEqualTo(2L));
		assertThat(watermarks.all("deadlines")).containsOnlyKeys(LakeTable.INCIDENT_REPORTS.path());
		assertThat(spark.read().format("delta").load(lake.location(LakeTable.WATERMARKS)).count()).isEqualTo(3L);
		assertThat(io.delta.tables.DeltaTable.forPath(spark, lake.location(LakeTable.WATERMARKS))
			.history(1)
			.first()
			.<String>getAs("operation")).isEqualTo("WRITE");

		watermarks.reset("incidents");
		assertThat(watermarks.all("incidents")).isEmpty();
		assertThat(watermarks.all("deadlines")).hasSize(1);
	}

	@Test
	void a_table_from_before_the_log_is_read_then_superseded() {
		SparkSession spark = TestSpark.session();
		Lake lake = Lake.at(this.root.resolve("lake"));
		StructType before = new StructType().add("job", DataTypes.StringType, false)
			.add("source", DataTypes.StringType, false)
			.add("source_version", DataTypes.LongType, false)
			.add("high_water_at", DataTypes.TimestampType, true)
			.add("as_of", DataTypes.DateType, false)
			.add("run_at", DataTypes.TimestampType, false);
		spark
			.createDataFrame(List.of(RowFactory.create("incidents", LakeTable.INCIDENT_REPORTS.path(), 4L,
					Timestamp.from(RUN_AT), Date.valueOf(AS_OF), Timestamp.from(RUN_AT))), before)
			.write()
			.format("delta")
			.save(lake.location(LakeTable.WATERMARKS));
		Watermarks watermarks = new Watermarks(spark, lake);

		assertThat(watermarks.get("incidents", LakeTable.INCIDENT_REPORTS)).hasValueSatisfying((mark) -> {
			assertThat(mark.sourceVersion()).isEqualTo(4L);
			assertThat(mark.highWaterAt()).isEqualTo(RUN_AT);
		});
		watermarks.put(mark("incidents", LakeTable.INCIDENT_REPORTS, 5), RUN_AT);
		assertThat(watermarks.get("incidents", LakeTable.INCIDENT_REPORTS))
			.hasValueSatisfying((mark) -> assertThat(mark.sourceVersion()).isEqualTo(5L));
	}

	private static Watermark mark(String job, LakeTable source, long version) {
		return new Watermark(job, source.path(), version, RUN_AT, AS_OF);
	}

}
