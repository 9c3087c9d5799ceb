package dev.watchtower.analytics.spark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.watchtower.analytics.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Sessions} groups exactly as Spark's {@code session_window}: the same members and
 * ends, on rows that are often exactly the gap apart, at the same instant, or a second
 * short of the gap.
 */
class SessionsIT {

	@Test
	void numberedSessionsAreSparksSessionWindows() {
		SparkSession spark = TestSpark.session();
		Random random = new Random(20261126);
		Instant start = Instant.parse("2025-08-01T00:00:00Z");
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			Instant at = start.plus(random.nextInt(400), ChronoUnit.DAYS)
				.minusSeconds((random.nextInt(4) == 0) ? 1 : 0);
			rows.add(RowFactory.create("k" + random.nextInt(10), "r" + i, Timestamp.from(at)));
		}
		StructType schema = new StructType().add("key", DataTypes.StringType)
			.add("id", DataTypes.StringType)
			.add("at", DataTypes.TimestampType);
		Dataset<Row> input = spark.createDataFrame(rows, schema);
		int gap = 7;
		List<String> expected = input.groupBy(col("key"), functions.session_window(col("at"), gap + " days").as("w"))
			.agg(functions.sort_array(functions.collect_list("id")).as("ids"), functions.max("at").as("last"))
			.select(functions.concat_ws(" ", col("key"), functions.concat_ws(",", col("ids")),
					col("w.end").cast("string")))
			.as(org.apache.spark.sql.Encoders.STRING())
			.collectAsList();
		List<String> actual = Sessions.number(input, List.of("key"), "at", gap, "session")
			.groupBy("key", "session")
			.agg(functions.sort_array(functions.collect_list("id")).as("ids"), functions.max("at").as("last"))
			.select(functions.concat_ws(" ", col("key"), functions.concat_ws(",", col("ids")),
					Sessions.end(col("last"), gap).cast("string")))
			.as(org.apache.spark.sql.Encoders.STRING())
			.collectAsList();
		assertThat(expected).hasSizeGreaterThan(30);
		assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
	}

}
