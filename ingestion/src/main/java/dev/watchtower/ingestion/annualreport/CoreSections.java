package dev.watchtower.ingestion.annualreport;

import java.util.Objects;

/**
 * The four sections every annual report has (NFRA Art. 74 items 1 to 4; CSRC and PBoC
 * reports use the same four).
 *
 * @param governance data-security governance
 * @param technicalProtection technical protection
 * @param riskMonitoring risk monitoring and handling
 * @param incidents incidents and their handling
 */
public record CoreSections(String governance, String technicalProtection, String riskMonitoring, String incidents) {

	public CoreSections {
		Objects.requireNonNull(governance, "governance");
		Objects.requireNonNull(technicalProtection, "technicalProtection");
		Objects.requireNonNull(riskMonitoring, "riskMonitoring");
		Objects.requireNonNull(incidents, "incidents");
	}

}
