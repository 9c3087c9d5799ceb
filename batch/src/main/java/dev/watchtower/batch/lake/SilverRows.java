package dev.watchtower.batch.lake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.watchtower.ingestion.annualreport.AnnualMetrics;
import dev.watchtower.ingestion.annualreport.AnnualReport;
import dev.watchtower.ingestion.annualreport.CoreSections;
import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.deadline.Deadline;
import dev.watchtower.ingestion.filing.FilingHeader;
import dev.watchtower.ingestion.grading.GradeReason;
import dev.watchtower.ingestion.grading.RegimeGrade;
import dev.watchtower.ingestion.incident.Contact;
import dev.watchtower.ingestion.incident.Impact;
import dev.watchtower.ingestion.incident.IncidentFacts;
import dev.watchtower.ingestion.incident.IncidentReport;
import dev.watchtower.ingestion.institution.Institution;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * Rows of the silver tables, in the column order of {@link LakeSchemas}. Personal contact
 * data is masked here; the unmasked contact stays only in the bronze payload.
 */
final class SilverRows {

	private SilverRows() {
	}

	static Row incidentReport(GradedReport graded, RunStamp run) {
		IncidentReport report = graded.report();
		FilingHeader header = report.header();
		Institution institution = header.institution();
		IncidentFacts facts = report.facts();
		Impact impact = facts.impact();
		Contact contact = facts.contact();
		IncidentLevel computed = graded.computedLevel();
		boolean underGraded = computed != null && facts.selfAssessedLevel().severity() < computed.severity();
		List<String> regimes = facts.regimes().stream().sorted().map(Enum::name).toList();
		List<Row> grades = graded.grades().stream().map(SilverRows::grade).toList();
		List<Row> deadlines = graded.deadlines().stream().map(SilverRows::deadline).toList();
		return RowFactory.create(institution.code().value(), institution.name(), institution.sector().name(),
				institution.province().code(), header.filingId(), header.version(), facts.incidentId(),
				report.stage().name(), regimes, facts.occurredAt().toInstant(), facts.detectedAt().toInstant(),
				header.reportedAt().toInstant(), LakeTime.instant(report.recoveredAt().orElse(null)), facts.category(),
				facts.subcategory(), facts.cause().name(), facts.selfAssessedLevel().name(),
				(computed != null) ? computed.name() : null, underGraded, grades, deadlines, impact.outageMinutes(),
				impact.personsAffected(), impact.organizationsAffected(), impact.personalRecordsLeaked(),
				impact.sensitiveRecordsLeaked(), impact.servesPersons(),
				(impact.economicLossYuan() != null)
						? impact.economicLossYuan().setScale(2, java.math.RoundingMode.HALF_UP) : null,
				impact.peakHours(), impact.financialInfrastructure(), impact.paymentCritical(),
				impact.provincesAffected(), impact.systemsAffected(), facts.vendors(), facts.cves(),
				(impact.dataLevel() != null) ? impact.dataLevel().name() : null, facts.title(), facts.narrative(),
				facts.measures(), maskName(contact.name()), maskPhone(contact.phone()), run.receivedAt(),
				graded.sourceFile(), run.runId(), LakeTime.chinaMonth(facts.occurredAt()));
	}

	static Row annualReport(DatedAnnualReport dated, RunStamp run) {
		AnnualReport report = dated.report();
		FilingHeader header = report.header();
		Institution institution = header.institution();
		AnnualMetrics metrics = report.metrics();
		Map<IncidentLevel, Long> byLevel = metrics.incidentsByLevel();
		return RowFactory.create(institution.code().value(), institution.name(), institution.sector().name(),
				institution.province().code(), header.filingId(), header.version(), report.regime().name(),
				report.year(), header.reportedAt().toInstant(), LakeTime.instant(dated.dueAt()),
				metrics.incidentsTotal(), byLevel.get(IncidentLevel.EXTRAORDINARY), byLevel.get(IncidentLevel.MAJOR),
				byLevel.get(IncidentLevel.LARGE), byLevel.get(IncidentLevel.GENERAL), metrics.riskAssessmentsDone(),
				metrics.auditsDone(), metrics.drillsDone(), metrics.staffTrained(), metrics.openFindings(),
				(metrics.stressTestCapacityRatio() != null) ? metrics.stressTestCapacityRatio().doubleValue() : null,
				sections(report), run.receivedAt(), dated.sourceFile(), run.runId());
	}

	static Row institution(InstitutionRow row) {
		return RowFactory.create(row.code(), row.name(), row.sector(), row.province(), row.firstFiledAt(),
				row.lastFiledAt(), row.updatedAt());
	}

	private static Row grade(RegimeGrade grade) {
		Map<String, String> figures = new LinkedHashMap<>();
		grade.reasons().forEach((reason) -> figures.putAll(reason.figures()));
		return RowFactory.create(grade.regime().name(), grade.rulebookVersion(),
				(grade.required() != null) ? grade.required().name() : null,
				grade.reasons().stream().map(GradeReason::ruleId).toList(), figures, grade.needsJudgement(),
				grade.unknown(), grade.underGraded());
	}

	private static Row deadline(Deadline deadline) {
		return RowFactory.create(deadline.ruleId(), deadline.regime().name(), deadline.filing().name(),
				deadline.trigger().name(), deadline.triggeredAt().toInstant(), deadline.due().toInstant(),
				deadline.provenance().name(), deadline.binding(), deadline.calendarOfficial());
	}

	private static Map<String, String> sections(AnnualReport report) {
		CoreSections core = report.sections();
		Map<String, String> sections = new LinkedHashMap<>();
		sections.put("governance", core.governance());
		sections.put("technicalProtection", core.technicalProtection());
		sections.put("riskMonitoring", core.riskMonitoring());
		sections.put("incidents", core.incidents());
		if (report instanceof AnnualReport.NfraAnnualReport nfra) {
			sections.put("entrustedProcessing", nfra.entrustedProcessing());
			sections.put("crossBorder", nfra.crossBorder());
			sections.put("assessments", nfra.assessments());
			sections.put("complaints", nfra.complaints());
		}
		return sections;
	}

	/**
	 * Masks a phone number as the portal shows it: the first three and last four digits
	 * of a mobile number ({@code 138****5678}), otherwise all but the first and last
	 * character.
	 */
	static @Nullable String maskPhone(@Nullable String phone) {
		if (phone != null && phone.length() >= 11) {
			return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
		}
		return Contact.mask(phone);
	}

	/**
	 * Masks a name as the portal shows it: the family name and a star per other character
	 * ({@code 张*}, {@code 欧阳**}).
	 */
	static @Nullable String maskName(@Nullable String name) {
		if (name == null || name.isEmpty()) {
			return name;
		}
		return name.charAt(0) + "*".repeat(name.length() - 1);
	}

}
