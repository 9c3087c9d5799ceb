package dev.watchtower.ingestion.sample;

import java.util.Map;

import dev.watchtower.ingestion.validation.Rule;

/**
 * What a generation run wrote.
 *
 * @param institutions institutions
 * @param incidents incidents
 * @param incidentReports incident reports (all stages)
 * @param annualReports annual reports
 * @param defective filings made invalid on purpose
 * @param malformedFiles malformed files written, by name, with the rule each breaks
 * @param defectsByRule invalid filings by the rule they break
 */
public record SampleSummary(int institutions, int incidents, int incidentReports, int annualReports, int defective,
		Map<String, Rule> malformedFiles, Map<Rule, Integer> defectsByRule) {

	public SampleSummary {
		malformedFiles = Map.copyOf(malformedFiles);
		defectsByRule = Map.copyOf(defectsByRule);
	}

	public int filings() {
		return this.incidentReports + this.annualReports;
	}

}
