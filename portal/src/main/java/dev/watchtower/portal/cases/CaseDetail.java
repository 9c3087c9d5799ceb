package dev.watchtower.portal.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Everything the case page shows about one incident: its facts, the timeline of report
 * stages, each regime's grading explanation and clocks, the figures, links to related
 * cases. Contacts are masked.
 *
 * @param summary the fields a result row has
 * @param subcategory GB/T 20986 subcategory
 * @param cause PBoC Art. 3 cause
 * @param narrative what happened (phone and id numbers masked)
 * @param measures what was done (masked likewise)
 * @param detectedAt when it was detected
 * @param reportedAt when it was first reported
 * @param recoveredAt when service was restored
 * @param latestStage the latest report stage
 * @param lateMinutes minutes past the binding deadline, if late
 * @param missingReports whether a due report is missing
 * @param impact the impact figures
 * @param vendors vendors named
 * @param cves CVEs named
 * @param kevCves of those, the ones in the known-exploited catalogue
 * @param contactName masked contact name
 * @param contactPhone masked contact phone
 * @param timeline report stages, in order of reporting
 * @param clocks each regime's deadlines, due, filed, verdict
 * @param grades each regime's grading explanation
 * @param relatedCaseIds cases analytics correlated with this one
 * @param updatedAt when analytics last wrote the case
 */
public record CaseDetail(CaseHit summary, String subcategory, String cause, String narrative, String measures,
		@Nullable Instant detectedAt, @Nullable Instant reportedAt, @Nullable Instant recoveredAt, String latestStage,
		@Nullable Long lateMinutes, boolean missingReports, Impact impact, List<String> vendors, List<String> cves,
		List<String> kevCves, String contactName, String contactPhone, List<TimelineEntry> timeline,
		List<RegimeClock> clocks, List<GradeExplanation> grades, List<String> relatedCaseIds,
		@Nullable Instant updatedAt) {

	public CaseDetail {
		Objects.requireNonNull(summary, "summary must not be null");
		vendors = List.copyOf(vendors);
		cves = List.copyOf(cves);
		kevCves = List.copyOf(kevCves);
		timeline = List.copyOf(timeline);
		clocks = List.copyOf(clocks);
		grades = List.copyOf(grades);
		relatedCaseIds = List.copyOf(relatedCaseIds);
	}

	public String caseId() {
		return this.summary.caseId();
	}

	/**
	 * The impact figures of the latest report.
	 *
	 * @param outageMinutes service outage
	 * @param personsAffected persons affected
	 * @param economicLossYuan direct economic loss
	 * @param personalRecordsLeaked personal information records leaked
	 * @param dataLevel data classification level involved
	 * @param provincesAffected provinces affected
	 * @param systemsAffected systems affected
	 */
	public record Impact(@Nullable Long outageMinutes, @Nullable Long personsAffected,
			@Nullable Double economicLossYuan, @Nullable Long personalRecordsLeaked, @Nullable String dataLevel,
			List<String> provincesAffected, List<String> systemsAffected) {

		public Impact {
			provincesAffected = List.copyOf(provincesAffected);
			systemsAffected = List.copyOf(systemsAffected);
		}

	}

	/**
	 * One report stage as filed.
	 *
	 * @param stage BRIEF, INITIAL, PROGRESS or FINAL
	 * @param filingId the institution's filing id
	 * @param version the filing's version
	 * @param reportedAt when it was filed
	 * @param dueAt when it was due, if a deadline applied
	 * @param late whether it was filed after that
	 * @param selfAssessedLevel the level the institution gave in it
	 * @param computedLevel the level the rulebook required for it
	 * @param title its title
	 * @param summary its summary (masked)
	 */
	public record TimelineEntry(String stage, String filingId, @Nullable Long version, @Nullable Instant reportedAt,
			@Nullable Instant dueAt, boolean late, @Nullable String selfAssessedLevel, @Nullable String computedLevel,
			String title, String summary) {
	}

	/**
	 * One regime's clock for one filing duty.
	 *
	 * @param regime the regime
	 * @param ruleId the deadline rule
	 * @param filing which filing it asks for
	 * @param dueAt when it was due
	 * @param filedAt when it was filed, if it was
	 * @param verdict ON_TIME, LATE, MISSING or PENDING as analytics judged
	 * @param lateMinutes minutes late
	 * @param binding whether the rule binds (drafts and inferences do not)
	 */
	public record RegimeClock(String regime, String ruleId, String filing, @Nullable Instant dueAt,
			@Nullable Instant filedAt, String verdict, @Nullable Long lateMinutes, boolean binding) {
	}

	/**
	 * Why a regime requires the level it does.
	 *
	 * @param regime the regime
	 * @param rulebookVersion the rulebook version applied
	 * @param requiredLevel the level required, if a known rule was met
	 * @param ruleIds the rules met
	 * @param figures the filing's figures that met them, by field
	 * @param needsJudgement higher rules a supervisor must judge
	 * @param unknown rules whose content is not known
	 * @param underGraded whether the institution assessed below the required level
	 */
	public record GradeExplanation(String regime, @Nullable String rulebookVersion, @Nullable String requiredLevel,
			List<String> ruleIds, Map<String, String> figures, List<String> needsJudgement, List<String> unknown,
			boolean underGraded) {

		public GradeExplanation {
			ruleIds = List.copyOf(ruleIds);
			figures = Map.copyOf(figures);
			needsJudgement = List.copyOf(needsJudgement);
			unknown = List.copyOf(unknown);
		}

	}

}
