package dev.watchtower.analytics.lake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.watchtower.analytics.TestSpark;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Declaring gold tables on the shared test session and Delta on disk, including after a
 * run was killed between Delta making {@code _delta_log} and writing the first commit.
 */
class LakeDeclarationIT {

	private static final StructType SCHEMA = new StructType().add("institution_code", DataTypes.StringType);

	@TempDir
	Path root;

	@Test
	void a_declaration_killed_before_its_first_commit_is_done_again() throws IOException {
		// given: the log folder a kill leaves, with a temporary commit in it
		SparkSession spark = TestSpark.session();
		Lake lake = Lake.at(this.root);
		Path log = Path.of(lake.location(LakeTable.BULLETINS)).resolve("_delta_log");
		Files.createDirectories(log.resolve("_commits"));
		Files.writeString(log.resolve(".00000000000000000000.json.5c1e.tmp"), "{\"commitInfo\":{}");

		// when
		lake.declare(spark, LakeTable.BULLETINS, SCHEMA, "bulletins");

		// then
		assertThat(lake.exists(spark, LakeTable.BULLETINS)).isTrue();
		assertThat(lake.read(spark, LakeTable.BULLETINS).rows().count()).isZero();
	}

	@Test
	void a_table_that_exists_is_left_as_it_is() throws IOException {
		// given: a declared table with a stray temporary file in its log
		SparkSession spark = TestSpark.session();
		Lake lake = Lake.at(this.root);
		lake.declare(spark, LakeTable.BULLETINS, SCHEMA, "bulletins");
		Path log = Path.of(lake.location(LakeTable.BULLETINS)).resolve("_delta_log");
		Files.writeString(log.resolve(".00000000000000000001.json.9d2b.tmp"), "{");

		// when
		lake.declare(spark, LakeTable.BULLETINS, SCHEMA, "bulletins");

		// then
		assertThat(DeltaTable.forPath(spark, lake.location(LakeTable.BULLETINS)).history().count()).isEqualTo(1);
		assertThat(log.resolve("00000000000000000000.json")).exists();
		assertThat(log.resolve(".00000000000000000001.json.9d2b.tmp")).exists();
	}

	@Test
	void a_column_added_to_the_declaration_is_added_to_the_table() {
		// given: a table with a row, declared before the column existed
		SparkSession spark = TestSpark.session();
		Lake lake = Lake.at(this.root);
		lake.declare(spark, LakeTable.BULLETINS, SCHEMA, "bulletins");
		spark.createDataFrame(java.util.List.of(org.apache.spark.sql.RowFactory.create("A1")), SCHEMA)
			.write()
			.format("delta")
			.mode("append")
			.save(lake.location(LakeTable.BULLETINS));

		// when
		lake.declare(spark, LakeTable.BULLETINS, SCHEMA.add("reports_version", DataTypes.LongType), "bulletins");

		// then
		org.apache.spark.sql.Row row = lake.read(spark, LakeTable.BULLETINS).rows().first();
		assertThat(row.schema().fieldNames()).containsExactly("institution_code", "reports_version");
		assertThat(row.<String>getAs("institution_code")).isEqualTo("A1");
		assertThat(row.isNullAt(1)).isTrue();
	}

}
