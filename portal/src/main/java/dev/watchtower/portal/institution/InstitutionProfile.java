package dev.watchtower.portal.institution;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the portal knows about an institution.
 *
 * @param code unified social credit code
 * @param name name
 * @param sector sector code
 * @param province GB/T 2260 code
 * @param regimes regimes it files under
 * @param firstFiledAt first filing seen
 * @param lastFiledAt latest filing seen
 * @param incidents incidents in the viewer's regimes
 * @param lateRate share of its incidents with a missed binding deadline (0 … 1)
 * @param underGradedRate share assessed below the computed level (0 … 1)
 * @param score the risk score analytics computed, if any
 * @param scoreBand the score's band, e.g. HIGH
 * @param factors what the score is made of
 * @param annualReports its annual reports in the viewer's regimes, newest year first
 * @param asOf when analytics computed the profile; {@code null} when it is derived from
 * cases only (no institution document yet)
 */
public record InstitutionProfile(String code, String name, String sector, String province, List<String> regimes,
		@Nullable Instant firstFiledAt, @Nullable Instant lastFiledAt, long incidents, double lateRate,
		double underGradedRate, @Nullable Double score, @Nullable String scoreBand, List<ScoreFactor> factors,
		List<AnnualReportSummary> annualReports, @Nullable Instant asOf) {

	public InstitutionProfile {
		Objects.requireNonNull(code, "code must not be null");
		regimes = List.copyOf(regimes);
		factors = List.copyOf(factors);
		annualReports = List.copyOf(annualReports);
	}

	/**
	 * One factor of the risk score.
	 *
	 * @param factor factor id, e.g. {@code lateRate}
	 * @param value the institution's value
	 * @param weight its weight
	 * @param contribution what it adds to the score
	 * @param detail how analytics explains it
	 */
	public record ScoreFactor(String factor, @Nullable Double value, @Nullable Double weight,
			@Nullable Double contribution, String detail) {
	}

	/**
	 * One annual report.
	 *
	 * @param year reporting year
	 * @param regime regime reported to
	 * @param reportedAt when it was filed
	 * @param dueAt when it was due, if the rulebook knows
	 * @param late whether it was filed after that
	 * @param incidentsTotal incidents the institution declared
	 * @param drillsDone emergency drills held
	 * @param openFindings findings not yet remedied
	 */
	public record AnnualReportSummary(int year, String regime, @Nullable Instant reportedAt, @Nullable Instant dueAt,
			boolean late, @Nullable Long incidentsTotal, @Nullable Long drillsDone, @Nullable Long openFindings) {
	}

}
