package dev.watchtower.analytics.correlation;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import dev.watchtower.analytics.lake.SilverTables;
import dev.watchtower.analytics.lake.Snapshot;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads {@code silver/incidents}, {@code silver/annual_reports} and the KEV catalogue.
 */
final class CorrelationSources {

	private CorrelationSources() {
	}

	static Snapshot incidents(SparkSession spark, Lake lake) {
		Snapshot incidents = lake.read(spark, LakeTable.INCIDENTS);
		return new Snapshot(incidents.table(), incidents.version(),
				incidents.rows()
					.select("case_id", "institution_code", "occurred_at", "regimes", "category", "cause",
							"self_assessed_level", "vendors", "cves"));
	}

	static Snapshot annualReports(SparkSession spark, Lake lake) {
		Snapshot annual = lake.readOrEmpty(spark, LakeTable.ANNUAL_REPORTS, SilverTables.ANNUAL_REPORTS);
		return new Snapshot(annual.table(), annual.version(),
				annual.rows()
					.select("institution_code", "regime", "year", "incidents_total", "incidents_extraordinary",
							"incidents_major", "incidents_large", "incidents_general"));
	}

	static Dataset<Row> kev(SparkSession spark, KevCatalogue catalogue) {
		return spark.createDataFrame(catalogue.rows(), KevCatalogue.SCHEMA);
	}

}
