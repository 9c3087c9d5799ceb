package dev.watchtower.analytics.correlation;

import java.sql.Timestamp;
import java.util.List;

import dev.watchtower.analytics.TestSpark;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.SilverFixtures;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CorrelationTransforms#annualMismatches}: a line (institution, regime, year,
 * level or total) is contradicted when more incidents were filed for it than the annual
 * report declares; its group holds exactly the incidents counted on that line.
 */
class AnnualMismatchesIT {

	private static final StructType INCIDENTS = new StructType().add("case_id", DataTypes.StringType)
		.add("institution_code", DataTypes.StringType)
		.add("occurred_at", DataTypes.TimestampType)
		.add("regimes", DataTypes.createArrayType(DataTypes.StringType))
		.add("self_assessed_level", DataTypes.StringType);

	@Test
	void a_contradicted_line_collects_the_incidents_counted_on_it() {
		SparkSession spark = TestSpark.session();
		Dataset<Row> incidents = spark
			.createDataFrame(List.of(incident("A:1", "A", "2025-02-01T08:00:00Z", List.of("NFRA"), "MAJOR"),
					incident("A:2", "A", "2025-03-01T08:00:00Z", List.of("NFRA"), "MAJOR"),
					incident("A:3", "A", "2025-04-01T08:00:00Z", List.of("NFRA"), "GENERAL"),
					incident("A:4", "A", "2025-05-01T08:00:00Z", List.of("NFRA", "PBOC"), "GENERAL"),
					// another year, and another institution without an annual report
					incident("A:5", "A", "2024-12-31T08:00:00Z", List.of("NFRA"), "GENERAL"),
					incident("B:1", "B", "2025-05-01T08:00:00Z", List.of("NFRA"), "MAJOR")), INCIDENTS);
		Dataset<Row> annual = SilverFixtures.frame(spark, LakeTable.ANNUAL_REPORTS, SilverFixtures.rows(
				// declares 2 in all, 2 major, no general: the total and the general line
				// are contradicted; large is not declared (null), so not a line
				SilverFixtures.annual("A", "NFRA", 2025)
					.declaring("TOTAL", 2)
					.declaring("EXTRAORDINARY", 0)
					.declaring("MAJOR", 2)
					.declaring("GENERAL", 0),
				// one general incident, as filed
				SilverFixtures.annual("A", "PBOC", 2025).withIncidents(1, 0, 0, 0, 1)));

		List<Row> lines = CorrelationTransforms.annualMismatches(incidents, annual).orderBy("key").collectAsList();

		assertThat(lines)
			.extracting((row) -> row.<String>getAs("key") + " " + row.getList(row.fieldIndex("case_ids")) + " "
					+ row.<Long>getAs("incident_count") + " " + row.<Timestamp>getAs("first_occurred_at").toInstant()
					+ " " + row.<Timestamp>getAs("last_occurred_at").toInstant())
			.containsExactly("A/NFRA/2025/GENERAL [A:3, A:4] 2 2025-04-01T08:00:00Z 2025-05-01T08:00:00Z",
					"A/NFRA/2025/TOTAL [A:1, A:2, A:3, A:4] 4 2025-02-01T08:00:00Z 2025-05-01T08:00:00Z");
		assertThat(CollectionConverters.asJava(lines.get(1).<scala.collection.Map<String, String>>getAs("details")))
			.containsEntry("declared", "2")
			.containsEntry("filed", "4")
			.containsEntry("level", "TOTAL");
		assertThat(lines).extracting((row) -> row.<String>getAs("kind")).containsOnly("ANNUAL_MISMATCH");
	}

	private static Row incident(String caseId, String institution, String occurredAt, List<String> regimes,
			String level) {
		return RowFactory.create(caseId, institution, Timestamp.from(java.time.Instant.parse(occurredAt)),
				CollectionConverters.asScala(regimes).toSeq(), level);
	}

}
