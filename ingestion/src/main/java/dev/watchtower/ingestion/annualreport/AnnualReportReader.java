package dev.watchtower.ingestion.annualreport;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;

import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.filing.FilingHeader;
import dev.watchtower.ingestion.filing.FilingHeaderReader;
import dev.watchtower.ingestion.filing.FilingTree;
import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.validation.Findings;
import dev.watchtower.ingestion.validation.Rule;

/**
 * Checks the business rules of an annual report (USCC, province, reporting year, level
 * counts) and reads a report that passed every check into its regime's variant.
 */
public final class AnnualReportReader {

	private AnnualReportReader() {
	}

	public static void check(FilingTree tree, Findings findings) {
		FilingHeaderReader.check(tree, findings);
		Long year = tree.whole("year");
		OffsetDateTime reported = tree.time("reportedAt");
		if (year != null && reported != null && !findings.touches("year") && year >= reported.getYear()) {
			findings.add(Rule.ANNUAL_YEAR, "year", year, reported.getYear());
		}
		Long total = tree.whole("metrics.incidentsTotal");
		long sum = 0;
		for (IncidentLevel level : IncidentLevel.values()) {
			Long count = tree.whole("metrics.incidentsByLevel." + level.name());
			sum += (count != null) ? count : 0;
		}
		if (total != null && sum > total) {
			findings.add(Rule.ANNUAL_LEVEL_COUNTS, "metrics.incidentsByLevel", sum, total);
		}
	}

	public static AnnualReport read(FilingTree tree) {
		FilingHeader header = FilingHeaderReader.read(tree);
		int year = FilingHeaderReader.required(tree.whole("year"), "year").intValue();
		CoreSections sections = new CoreSections(section(tree, "governance"), section(tree, "technicalProtection"),
				section(tree, "riskMonitoring"), section(tree, "incidents"));
		AnnualMetrics metrics = metrics(tree);
		Regime regime = FilingHeaderReader.required(tree.enumValue("regime", Regime.class), "regime");
		return switch (regime) {
			case NFRA -> new AnnualReport.NfraAnnualReport(header, year, sections, section(tree, "entrustedProcessing"),
					section(tree, "crossBorder"), section(tree, "assessments"), section(tree, "complaints"), metrics);
			case CSRC -> new AnnualReport.CsrcAnnualReport(header, year, sections, metrics);
			case PBOC -> new AnnualReport.PbocAnnualReport(header, year, sections, metrics);
			case CAC -> throw new IllegalArgumentException("CAC has no annual report: " + header.filingId());
		};
	}

	private static String section(FilingTree tree, String name) {
		return FilingHeaderReader.required(tree.text("sections." + name), "sections." + name);
	}

	private static AnnualMetrics metrics(FilingTree tree) {
		Map<IncidentLevel, Long> byLevel = new EnumMap<>(IncidentLevel.class);
		for (IncidentLevel level : IncidentLevel.values()) {
			Long count = tree.whole("metrics.incidentsByLevel." + level.name());
			if (count != null) {
				byLevel.put(level, count);
			}
		}
		return new AnnualMetrics(
				FilingHeaderReader.required(tree.whole("metrics.incidentsTotal"), "metrics.incidentsTotal"), byLevel,
				tree.whole("metrics.riskAssessmentsDone"), tree.whole("metrics.auditsDone"),
				tree.whole("metrics.drillsDone"), tree.whole("metrics.staffTrained"),
				tree.decimal("metrics.stressTestCapacityRatio"), tree.whole("metrics.openFindings"));
	}

}
