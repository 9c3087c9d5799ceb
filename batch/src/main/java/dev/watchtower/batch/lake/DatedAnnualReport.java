package dev.watchtower.batch.lake;

import java.time.OffsetDateTime;
import java.util.Objects;

import dev.watchtower.ingestion.annualreport.AnnualReport;
import org.jspecify.annotations.Nullable;

/**
 * An annual report with its due time, for {@code silver/annual_reports}.
 *
 * @param report the report
 * @param dueAt when it was due, null where the rulebook has no deadline
 * @param sourceFile the file it came from
 */
public record DatedAnnualReport(AnnualReport report, @Nullable OffsetDateTime dueAt, String sourceFile) {

	public DatedAnnualReport {
		Objects.requireNonNull(report, "report");
		Objects.requireNonNull(sourceFile, "sourceFile");
	}

}
