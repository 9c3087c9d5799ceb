package dev.watchtower.analytics.deadlines;

import java.util.List;

import dev.watchtower.analytics.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DeadlinesTransforms#lateIncidents}: the incidents with a report filed late or
 * missing, with the same figures {@link DeadlinesTransforms#lateness} gives them; an
 * incident whose reports were all on time or are still pending has no row.
 */
class LateIncidentsIT {

	private static final StructType CHECKS = new StructType().add("case_id", DataTypes.StringType)
		.add("verdict", DataTypes.StringType)
		.add("late_minutes", DataTypes.LongType);

	@Test
	void keeps_the_incidents_with_a_late_or_missing_report_with_their_lateness() {
		SparkSession spark = TestSpark.session();
		Dataset<Row> checks = spark.createDataFrame(List.of(
				// late twice (30 and 95 minutes) and one on time
				check("A", "ON_TIME", null), check("A", "LATE", 30L), check("A", "LATE", 95L),
				// one missing, one pending
				check("B", "MISSING", null), check("B", "PENDING", null),
				// late and missing
				check("C", "LATE", 12L), check("C", "MISSING", null),
				// on time, pending, or without a verdict: not late
				check("D", "ON_TIME", null), check("D", "PENDING", null), check("E", null, null)), CHECKS);

		List<String> late = DeadlinesTransforms.lateIncidents(checks)
			.orderBy("case_id")
			.collectAsList()
			.stream()
			.map(LateIncidentsIT::describe)
			.toList();

		assertThat(late).containsExactly("A late=true minutes=95 missing=false lateFilings=2 missingFilings=0",
				"B late=true minutes=null missing=true lateFilings=0 missingFilings=1",
				"C late=true minutes=12 missing=true lateFilings=1 missingFilings=1");
		assertThat(DeadlinesTransforms.lateness(checks)
			.where("late")
			.orderBy("case_id")
			.collectAsList()
			.stream()
			.map(LateIncidentsIT::describe)
			.toList()).isEqualTo(late);
	}

	private static Row check(String caseId, String verdict, Long lateMinutes) {
		return RowFactory.create(caseId, verdict, lateMinutes);
	}

	private static String describe(Row row) {
		return row.<String>getAs("case_id") + " late=" + row.<Boolean>getAs("late") + " minutes="
				+ row.<Long>getAs("late_minutes") + " missing=" + row.<Boolean>getAs("missing_reports")
				+ " lateFilings=" + row.<Long>getAs("late_filings") + " missingFilings="
				+ row.<Long>getAs("missing_filings");
	}

}
