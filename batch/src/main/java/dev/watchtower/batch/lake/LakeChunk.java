package dev.watchtower.batch.lake;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one intake chunk writes to the lake, with what it replaces.
 *
 * @param run the run that writes it
 * @param filings accepted filings for bronze
 * @param rejects rejected records for bronze
 * @param incidentReports incident reports that become the current silver row of their
 * filing (at most one per filing)
 * @param annualReports annual reports that become the current silver row of their filing
 * (at most one per filing)
 * @param replacedIncidentMonths partitions ({@code occurred_month}) holding silver rows
 * that some of {@code incidentReports} replace; empty when all of them are new
 * @param replacesAnnualReports whether some of {@code annualReports} replace an existing
 * silver row
 */
public record LakeChunk(RunStamp run, List<ReceivedFiling> filings, List<RejectedRecord> rejects,
		List<GradedReport> incidentReports, List<DatedAnnualReport> annualReports, Set<String> replacedIncidentMonths,
		boolean replacesAnnualReports) {

	public LakeChunk {
		Objects.requireNonNull(run, "run");
		filings = List.copyOf(filings);
		rejects = List.copyOf(rejects);
		incidentReports = List.copyOf(incidentReports);
		annualReports = List.copyOf(annualReports);
		replacedIncidentMonths = Set.copyOf(replacedIncidentMonths);
	}

	public boolean isEmpty() {
		return this.filings.isEmpty() && this.rejects.isEmpty() && this.incidentReports.isEmpty()
				&& this.annualReports.isEmpty();
	}

}
