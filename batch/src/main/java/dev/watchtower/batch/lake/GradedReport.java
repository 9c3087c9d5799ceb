package dev.watchtower.batch.lake;

import java.util.List;
import java.util.Objects;

import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.deadline.Deadline;
import dev.watchtower.ingestion.grading.RegimeGrade;
import dev.watchtower.ingestion.incident.IncidentReport;
import org.jspecify.annotations.Nullable;

/**
 * An incident report with its grading and the deadlines it sets, for
 * {@code silver/incident_reports}.
 *
 * @param report the report
 * @param grades the grade per regime
 * @param computedLevel the highest level any regime requires, null when no known rule is
 * met
 * @param deadlines the next filings this report makes due
 * @param sourceFile the file it came from
 */
public record GradedReport(IncidentReport report, List<RegimeGrade> grades, @Nullable IncidentLevel computedLevel,
		List<Deadline> deadlines, String sourceFile) {

	public GradedReport {
		Objects.requireNonNull(report, "report");
		grades = List.copyOf(grades);
		deadlines = List.copyOf(deadlines);
		Objects.requireNonNull(sourceFile, "sourceFile");
	}

}
