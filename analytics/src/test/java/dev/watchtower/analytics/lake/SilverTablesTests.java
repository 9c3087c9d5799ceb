package dev.watchtower.analytics.lake;

import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file statistics the contract names for {@code silver/incident_reports} (ADR 32) are
 * scalar columns of the table, {@code received_at} among them, as Delta requires of
 * {@code delta.dataSkippingStatsColumns}.
 */
class SilverTablesTests {

	@Test
	void the_statistics_columns_of_incident_reports_are_scalar_columns_of_the_table() {
		List<String> columns = Arrays.asList(SilverTables.INCIDENT_REPORTS_STATISTICS.split(","));
		assertThat(columns).contains("received_at", "institution_code", "incident_id", "occurred_at")
			.doesNotHaveDuplicates()
			.allSatisfy((column) -> {
				assertThat(SilverTables.INCIDENT_REPORTS.fieldNames()).contains(column);
				assertThat(SilverTables.INCIDENT_REPORTS.apply(column).dataType()).isNotInstanceOfAny(ArrayType.class,
						MapType.class, StructType.class);
			});
	}

}
