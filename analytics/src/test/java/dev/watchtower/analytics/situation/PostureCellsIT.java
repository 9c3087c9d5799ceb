package dev.watchtower.analytics.situation;

import java.nio.file.Path;

import dev.watchtower.analytics.GoldFixture;
import dev.watchtower.analytics.TestSpark;
import dev.watchtower.analytics.deadlines.DeadlinesTransforms;
import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month cells of {@code gold/posture} are rolled up from its day cells
 * ({@link PostureTransforms#monthly}); on {@link GoldFixture}'s incidents they must
 * equal, column by column, the cells of aggregating the incidents by month directly.
 */
class PostureCellsIT {

	@TempDir
	static Path folder;

	@Test
	void month_cells_rolled_up_from_day_cells_equal_the_incidents_aggregated_by_month() {
		// given
		SparkSession spark = TestSpark.session();
		Lake lake = Lake.at(GoldFixture.preparedLake(folder));
		Dataset<Row> facts = PostureTransforms.incidentFacts(read(spark, lake, LakeTable.INCIDENTS),
				DeadlinesTransforms.lateness(read(spark, lake, LakeTable.DEADLINE_CHECKS)), GoldFixture.AS_OF);
		Dataset<Row> direct = PostureTransforms
			.cells(facts.withColumn("period_start", functions.trunc(col("day"), "month")), "MONTH");

		// when
		Dataset<Row> rolled = PostureTransforms
			.monthly(PostureTransforms.cells(facts.withColumn("period_start", col("day")), "DAY"));

		// then
		assertThat(rolled.columns()).containsExactly(direct.columns());
		// the same types (the gold table declares every column nullable)
		assertThat(types(rolled)).isEqualTo(types(direct));
		long months = direct.count();
		assertThat(months).isGreaterThan(1);
		assertThat(rolled.count()).isEqualTo(months);
		assertThat(rolled.exceptAll(direct).collectAsList()).isEmpty();
		assertThat(direct.exceptAll(rolled).collectAsList()).isEmpty();
		// some cell has an incident without a recovery, whose mean is taken over the
		// others
		assertThat(direct.where(col("recover_count").lt(col("incidents"))).count()).isPositive();
	}

	private static java.util.List<String> types(Dataset<Row> rows) {
		return java.util.Arrays.stream(rows.schema().fields())
			.map((field) -> field.name() + " " + field.dataType().simpleString())
			.toList();
	}

	private static Dataset<Row> read(SparkSession spark, Lake lake, LakeTable table) {
		return spark.read().format("delta").load(lake.location(table));
	}

}
