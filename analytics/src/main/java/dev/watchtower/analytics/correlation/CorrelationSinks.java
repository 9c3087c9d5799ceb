package dev.watchtower.analytics.correlation;

import dev.watchtower.analytics.lake.Lake;
import dev.watchtower.analytics.lake.LakeTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes {@code gold/correlations} and {@code gold/kev_matches}.
 */
final class CorrelationSinks {

	private CorrelationSinks() {
	}

	static long replaceCorrelations(Lake lake, Dataset<Row> correlations) {
		return lake.replace(correlations, LakeTable.CORRELATIONS,
				"Groups of related incidents: VENDOR, CVE (with KEV entry), RECURRENCE, ANNUAL_MISMATCH");
	}

	static long replaceKevMatches(Lake lake, Dataset<Row> matches) {
		return lake.replace(matches, LakeTable.KEV_MATCHES,
				"Incident CVEs listed in CISA's Known Exploited Vulnerabilities catalogue");
	}

}
