package dev.watchtower.ingestion.annualreport;

import java.math.BigDecimal;
import java.util.Map;

import dev.watchtower.ingestion.classification.IncidentLevel;
import org.jspecify.annotations.Nullable;

/**
 * The figures of an annual report.
 *
 * @param incidentsTotal incidents counted in the year
 * @param incidentsByLevel incidents per level, where given
 * @param riskAssessmentsDone risk assessments done
 * @param auditsDone audits done
 * @param drillsDone drills done
 * @param staffTrained staff trained
 * @param stressTestCapacityRatio tested capacity divided by historical peak (CSRC expects
 * 2)
 * @param openFindings unresolved findings at year end
 */
public record AnnualMetrics(long incidentsTotal, Map<IncidentLevel, Long> incidentsByLevel,
		@Nullable Long riskAssessmentsDone, @Nullable Long auditsDone, @Nullable Long drillsDone,
		@Nullable Long staffTrained, @Nullable BigDecimal stressTestCapacityRatio, @Nullable Long openFindings) {

	public AnnualMetrics {
		incidentsByLevel = Map.copyOf(incidentsByLevel);
		if (incidentsTotal < 0) {
			throw new IllegalArgumentException("incidentsTotal must not be negative: " + incidentsTotal);
		}
	}

}
