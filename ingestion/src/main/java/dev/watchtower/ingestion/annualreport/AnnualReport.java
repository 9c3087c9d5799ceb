package dev.watchtower.ingestion.annualreport;

import java.util.Objects;

import dev.watchtower.ingestion.filing.Filing;
import dev.watchtower.ingestion.filing.FilingHeader;
import dev.watchtower.ingestion.filing.Regime;

/**
 * An annual report in its regime's variant.
 */
public sealed interface AnnualReport extends Filing
		permits AnnualReport.NfraAnnualReport, AnnualReport.CsrcAnnualReport, AnnualReport.PbocAnnualReport {

	/** Schema identifier of annual reports. */
	String SCHEMA_ID = "watchtower/annual-report/v1";

	Regime regime();

	/**
	 * The reporting year, the year before the due date.
	 * @return the year
	 */
	int year();

	CoreSections sections();

	AnnualMetrics metrics();

	@Override
	default String schemaId() {
		return SCHEMA_ID;
	}

	/**
	 * NFRA data-security risk assessment report (NFRA Art. 74, due 15 January).
	 *
	 * @param header filing header
	 * @param year reporting year
	 * @param sections items 1 to 4 of Art. 74
	 * @param entrustedProcessing entrusted and joint processing
	 * @param crossBorder cross-border data transfer
	 * @param assessments data-security assessments and reviews
	 * @param complaints data-security complaints and their handling
	 * @param metrics the figures
	 */
	record NfraAnnualReport(FilingHeader header, int year, CoreSections sections, String entrustedProcessing,
			String crossBorder, String assessments, String complaints, AnnualMetrics metrics) implements AnnualReport {

		public NfraAnnualReport {
			Objects.requireNonNull(header, "header");
			Objects.requireNonNull(sections, "sections");
			Objects.requireNonNull(entrustedProcessing, "entrustedProcessing");
			Objects.requireNonNull(crossBorder, "crossBorder");
			Objects.requireNonNull(assessments, "assessments");
			Objects.requireNonNull(complaints, "complaints");
			Objects.requireNonNull(metrics, "metrics");
		}

		@Override
		public Regime regime() {
			return Regime.NFRA;
		}

	}

	/**
	 * CSRC annual network and information security report (Order 218 Art. 59).
	 *
	 * @param header filing header
	 * @param year reporting year
	 * @param sections the four sections
	 * @param metrics the figures
	 */
	record CsrcAnnualReport(FilingHeader header, int year, CoreSections sections,
			AnnualMetrics metrics) implements AnnualReport {

		public CsrcAnnualReport {
			Objects.requireNonNull(header, "header");
			Objects.requireNonNull(sections, "sections");
			Objects.requireNonNull(metrics, "metrics");
		}

		@Override
		public Regime regime() {
			return Regime.CSRC;
		}

	}

	/**
	 * PBoC annual review of the institution's grading standard (PBoC Art. 6).
	 *
	 * @param header filing header
	 * @param year reporting year
	 * @param sections the four sections
	 * @param metrics the figures
	 */
	record PbocAnnualReport(FilingHeader header, int year, CoreSections sections,
			AnnualMetrics metrics) implements AnnualReport {

		public PbocAnnualReport {
			Objects.requireNonNull(header, "header");
			Objects.requireNonNull(sections, "sections");
			Objects.requireNonNull(metrics, "metrics");
		}

		@Override
		public Regime regime() {
			return Regime.PBOC;
		}

	}

}
