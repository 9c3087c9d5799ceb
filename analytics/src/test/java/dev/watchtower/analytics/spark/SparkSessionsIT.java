package dev.watchtower.analytics.spark;

import java.nio.file.Path;
import java.util.List;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.watchtower.analytics.TestSpark;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spark 4.2 with Delta 4.4 on this JDK, in {@code local[2]} (the shared test session): a
 * Delta table declared in code, written twice, read back at both versions (time travel,
 * which gold rows rely on).
 */
class SparkSessionsIT {

	@TempDir
	static Path lake;

	static SparkSession spark;

	@BeforeAll
	static void start_spark() {
		// the session of the JVM's Spark tests, made by SparkSessions.create (not stopped
		// here: the other test classes share it)
		spark = TestSpark.session();
	}

	@Test
	void writes_a_delta_table_and_reads_it_back_at_each_version() {
		// given
		String table = lake.resolve("institutions").toString();
		DeltaTable.createIfNotExists(spark)
			.location(table)
			.addColumn("code", DataTypes.StringType, false)
			.addColumn("sector", DataTypes.StringType, false)
			.comment("smoke test table")
			.execute();
		StructType schema = new StructType().add("code", DataTypes.StringType, false)
			.add("sector", DataTypes.StringType, false);

		// when
		spark.createDataFrame(List.of(RowFactory.create("91110000100000000A", "BANK")), schema)
			.write()
			.format("delta")
			.mode("append")
			.save(table);
		spark.createDataFrame(List.of(RowFactory.create("91310000100000000B", "INSURANCE")), schema)
			.write()
			.format("delta")
			.mode("append")
			.save(table);

		// then
		Dataset<Row> latest = spark.read().format("delta").load(table);
		Dataset<Row> first = spark.read().format("delta").option("versionAsOf", 1).load(table);
		assertThat(latest.count()).isEqualTo(2);
		assertThat(first.count()).isEqualTo(1);
		assertThat(DeltaTable.forPath(spark, table).history().count()).isEqualTo(3);
	}

	@Test
	void keeps_two_thousand_generated_classes_compiled() {
		// Spark reads the static setting once, from the context's configuration (ADR 37)
		assertThat(spark.sparkContext().getConf().get("spark.sql.codegen.cache.maxEntries")).isEqualTo("2000");
		assertThat(spark.conf().get("spark.sql.codegen.cache.maxEntries")).isEqualTo("2000");
	}

}
