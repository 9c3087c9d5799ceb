package dev.watchtower.analytics.lake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.watchtower.analytics.TestSpark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What {@link Lake} reads from a table's Delta log ({@link TableLog}, ADR 34) agrees with
 * what Delta's own history and detail say, on the shared test session and Delta on disk.
 */
class LakeLogIT {

	private static final StructType SCHEMA = new StructType().add("institution_code", DataTypes.StringType);

	@TempDir
	Path root;

	@Test
	void versions_follow_the_commits_and_a_missing_table_has_none() {
		SparkSession spark = TestSpark.session();
		Lake lake = Lake.at(this.root);
		assertThat(lake.version(spark, LakeTable.BULLETINS)).isEmpty();

		lake.declare(spark, LakeTable.BULLETINS, SCHEMA, "bulletins");
		assertThat(lake.version(spark, LakeTable.BULLETINS)).contains(0L);

		// written through another handle on the table than the lake's own calls
		append(spark, lake, "A1", "A2");
		append(spark, lake, "B1");
		assertThat(lake.version(spark, LakeTable.BULLETINS)).contains(latestInHistory(spark, lake));
		assertThat(lake.version(spark, LakeTable.BULLETINS)).contains(2L);
		assertThat(lake.read(spark, LakeTable.BULLETINS).version()).isEqualTo(2L);
	}

	@Test
	void committed_rows_are_the_metric_of_the_version_asked_for_not_of_the_latest() {
		SparkSession spark = TestSpark.session();
		Lake lake = Lake.at(this.root);
		lake.declare(spark, LakeTable.BULLETINS, SCHEMA, "bulletins");
		append(spark, lake, "A1", "A2", "A3");
		append(spark, lake, "B1");

		assertThat(lake.committedRows(spark, LakeTable.BULLETINS, 1, "numOutputRows")).isEqualTo(3);
		assertThat(lake.committedRows(spark, LakeTable.BULLETINS, 2, "numOutputRows")).isEqualTo(1);
		assertThat(lake.committedRows(spark, LakeTable.BULLETINS, 1, "numOutputRows"))
			.isEqualTo(metricInHistory(spark, lake, 1, "numOutputRows"));
	}

	@Test
	void a_commit_without_the_metric_is_refused_by_name() {
		SparkSession spark = TestSpark.session();
		Lake lake = Lake.at(this.root);
		lake.declare(spark, LakeTable.BULLETINS, SCHEMA, "bulletins");
		append(spark, lake, "A1");

		assertThatIllegalStateException()
			.isThrownBy(() -> lake.committedRows(spark, LakeTable.BULLETINS, 1, "numSourceRows"))
			.withMessage("Version 1 of gold/bulletins has no operation metric numSourceRows");
		// version 0 is the declaration: no rows written
		assertThatIllegalStateException()
			.isThrownBy(() -> lake.committedRows(spark, LakeTable.BULLETINS, 0, "numOutputRows"))
			.withMessageContaining("Version 0 of gold/bulletins");
	}

	@Test
	void properties_an_existing_table_lacks_are_set_once() {
		// given: a table created before it was declared to keep history
		SparkSession spark = TestSpark.session();
		Lake plain = Lake.at(this.root);
		plain.declare(spark, LakeTable.KEV_MATCHES, SCHEMA, "kev");
		Lake keeping = plain.keepingHistory(400);

		// when
		Map<String, String> set = keeping.setProperties(spark, LakeTable.KEV_MATCHES);

		// then
		assertThat(set).containsEntry("delta.logRetentionDuration", "interval 400 days")
			.containsEntry("delta.deletedFileRetentionDuration", "interval 400 days");
		Map<String, String> detail = DeltaTable.forPath(spark, plain.location(LakeTable.KEV_MATCHES))
			.detail()
			.select("properties")
			.first()
			.getJavaMap(0);
		assertThat(detail).containsAllEntriesOf(set);
		assertThat(keeping.setProperties(spark, LakeTable.KEV_MATCHES)).isEmpty();
	}

	@Test
	void changes_are_the_rows_of_the_files_written_and_of_those_taken_out() {
		// given a table read at version 1, then an append, a compaction of nothing new
		// and a DELETE that rewrites a file of each
		SparkSession spark = TestSpark.session();
		Lake lake = Lake.at(this.root);
		lake.declare(spark, LakeTable.BULLETINS, SCHEMA, "bulletins");
		append(spark, lake, "A1", "A2");
		append(spark, lake, "B1", "B2");
		DeltaTable.forPath(spark, lake.location(LakeTable.BULLETINS)).delete("institution_code IN ('A1', 'B1')");
		append(spark, lake, "C1");

		// when
		TableChanges changes = lake.changes(spark, LakeTable.BULLETINS, 1, 4).orElseThrow();

		// then: the rows of the files written that are still there (A2 carried over into
		// a rewritten file, B2, C1) and, as they were, those of the files taken out that
		// were there at version 1 (B1 came and went unseen)
		assertThat(codes(changes.added())).containsExactly("A2", "B2", "C1");
		assertThat(changes.rowsRemoved()).isTrue();
		assertThat(codes(changes.removed())).containsExactly("A1", "A2");
		assertThat(changes.operations()).containsExactlyInAnyOrder("WRITE", "DELETE");
		// appends only: nothing removed, nothing read to tell
		TableChanges appended = lake.changes(spark, LakeTable.BULLETINS, 3, 4).orElseThrow();
		assertThat(codes(appended.added())).containsExactly("C1");
		assertThat(appended.rowsRemoved()).isFalse();
		assertThat(appended.removed().isEmpty()).isTrue();
	}

	@Test
	void changes_with_deletion_vectors_take_out_only_rows_the_reader_had_seen() {
		// given a table with deletion vectors read at version 2, an append, and a DELETE
		// that marks rows of an older file and of the new one
		SparkSession spark = TestSpark.session();
		Lake lake = Lake.at(this.root);
		lake.declare(spark, LakeTable.BULLETINS, SCHEMA, "bulletins");
		append(spark, lake, "A1", "A2");
		spark.sql("ALTER TABLE delta.`%s` SET TBLPROPERTIES ('delta.enableDeletionVectors' = 'true')"
			.formatted(lake.location(LakeTable.BULLETINS)));
		append(spark, lake, "B1", "B2");
		DeltaTable.forPath(spark, lake.location(LakeTable.BULLETINS)).delete("institution_code IN ('A1', 'B1')");

		// when
		TableChanges changes = lake.changes(spark, LakeTable.BULLETINS, 2, 4).orElseThrow();

		// then: B1 came and went unseen; the old file's rows as they were
		assertThat(codes(changes.added())).containsExactly("B2");
		assertThat(codes(changes.removed())).containsExactly("A1", "A2");
		assertThat(TableLog.metric(spark, lake.location(LakeTable.BULLETINS), 4, "numDeletionVectorsAdded"))
			.contains("2");
	}

	@Test
	void changes_that_cannot_be_told_exactly_are_refused() {
		// given
		SparkSession spark = TestSpark.session();
		Lake lake = Lake.at(this.root);
		lake.declare(spark, LakeTable.BULLETINS, SCHEMA, "bulletins");
		append(spark, lake, "A1");
		append(spark, lake, "B1");
		DeltaTable table = DeltaTable.forPath(spark, lake.location(LakeTable.BULLETINS));

		// a compaction that mixes the rows written since with older ones
		table.optimize().executeCompaction();
		assertThat(lake.changes(spark, LakeTable.BULLETINS, 1, 3)).isEmpty();
		assertThat(lake.changes(spark, LakeTable.BULLETINS, 2, 3)).isPresent();
		// a RESTORE (rows come back that were read before)
		table.restoreToVersion(1);
		assertThat(lake.changes(spark, LakeTable.BULLETINS, 3, 4)).isEmpty();
		// a version the log does not hold
		assertThat(lake.changes(spark, LakeTable.BULLETINS, 4, 9)).isEmpty();
		// rows taken out whose files were vacuumed
		table.delete("institution_code = 'A1'");
		spark.conf().set("spark.databricks.delta.retentionDurationCheck.enabled", "false");
		try {
			table.vacuum(0);
		}
		finally {
			spark.conf().unset("spark.databricks.delta.retentionDurationCheck.enabled");
		}
		assertThat(lake.changes(spark, LakeTable.BULLETINS, 4, 5)).isEmpty();
	}

	private static List<String> codes(org.apache.spark.sql.Dataset<Row> rows) {
		return rows.select("institution_code").orderBy("institution_code").as(Encoders.STRING()).collectAsList();
	}

	private static void append(SparkSession spark, Lake lake, String... codes) {
		List<Row> rows = java.util.Arrays.stream(codes).map((code) -> RowFactory.create(code)).toList();
		spark.createDataFrame(rows, SCHEMA)
			.coalesce(1)
			.write()
			.format("delta")
			.mode("append")
			.save(lake.location(LakeTable.BULLETINS));
	}

	private static long latestInHistory(SparkSession spark, Lake lake) {
		return DeltaTable.forPath(spark, lake.location(LakeTable.BULLETINS)).history(1).first().getLong(0);
	}

	private static long metricInHistory(SparkSession spark, Lake lake, long version, String metric) {
		return Long.parseLong(DeltaTable.forPath(spark, lake.location(LakeTable.BULLETINS))
			.history()
			.where(functions.col("version").equalTo(version))
			.select(functions.col("operationMetrics").getItem(metric))
			.first()
			.getString(0));
	}

}
