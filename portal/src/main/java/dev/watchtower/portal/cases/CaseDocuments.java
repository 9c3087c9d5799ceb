package dev.watchtower.portal.cases;

import dev.watchtower.portal.base.SourceDocument;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.watchtower.portal.cases.CaseDetail.GradeExplanation;
import dev.watchtower.portal.cases.CaseDetail.Impact;
import dev.watchtower.portal.cases.CaseDetail.RegimeClock;
import dev.watchtower.portal.cases.CaseDetail.TimelineEntry;

/**
 * Reads a case document of the cases index
 * ({@code infra/elasticsearch/watchtower-cases.json}) into the portal's read model,
 * masking personal data on the way.
 */
final class CaseDocuments {

	private CaseDocuments() {
	}

	static CaseDetail detail(String id, Map<String, Object> document) {
		SourceDocument source = SourceDocument.of(document);
		CaseHit summary = new CaseHit(source.text("caseId", id), source.text("title", ""),
				source.text("institutionCode", ""), source.text("institutionName", ""), source.text("sector", ""),
				source.text("province", ""), source.texts("regimes"), source.text("category", ""),
				source.text("computedLevel"), source.text("selfAssessedLevel"), source.instant("occurredAt"),
				source.text("status", ""), source.flag("late"), source.flag("underGraded"), null, null);
		Impact impact = new Impact(source.number("outageMinutes"), source.number("personsAffected"),
				source.decimal("economicLossYuan"), source.number("personalRecordsLeaked"), source.text("dataLevel"),
				source.texts("provincesAffected"), source.texts("systemsAffected"));
		return new CaseDetail(summary, source.text("subcategory", ""), source.text("cause", ""),
				ContactMask.text(source.text("narrative")), ContactMask.text(source.text("measures")),
				source.instant("detectedAt"), source.instant("reportedAt"), source.instant("recoveredAt"),
				source.text("latestStage", ""), source.number("lateMinutes"), source.flag("missingReports"), impact,
				source.texts("vendors"), source.texts("cves"), source.texts("kevCves"),
				ContactMask.name(source.text("contactName")), ContactMask.phone(source.text("contactPhone")),
				timeline(source), clocks(source), grades(source), source.texts("relatedCaseIds"),
				source.instant("updatedAt"));
	}

	private static List<TimelineEntry> timeline(SourceDocument source) {
		return source.objects("timeline")
			.stream()
			.map((entry) -> new TimelineEntry(entry.text("stage", ""), entry.text("filingId", ""),
					entry.number("version"), entry.instant("reportedAt"), entry.instant("dueAt"), entry.flag("late"),
					entry.text("selfAssessedLevel"), entry.text("computedLevel"), entry.text("title", ""),
					ContactMask.text(entry.text("summary"))))
			.sorted(Comparator.comparing(TimelineEntry::reportedAt, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	private static List<RegimeClock> clocks(SourceDocument source) {
		return source.objects("clocks")
			.stream()
			.map((clock) -> new RegimeClock(clock.text("regime", ""), clock.text("ruleId", ""),
					clock.text("filing", ""), clock.instant("dueAt"), clock.instant("filedAt"),
					clock.text("verdict", ""), clock.number("lateMinutes"), clock.flag("binding")))
			.sorted(Comparator.comparing(RegimeClock::regime)
				.thenComparing(RegimeClock::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/**
	 * The grading explanation; {@code grades} is stored, not indexed, so its keys are
	 * read in camelCase or snake_case.
	 */
	private static List<GradeExplanation> grades(SourceDocument source) {
		return source.objects("grades")
			.stream()
			.map((grade) -> new GradeExplanation(grade.text("regime", ""),
					grade.textOf("rulebookVersion", "rulebook_version"),
					grade.textOf("requiredLevel", "required_level"), grade.textsOf("ruleIds", "rule_ids"),
					figures(grade), grade.textsOf("needsJudgement", "needs_judgement"), grade.texts("unknown"),
					grade.flag("underGraded") || grade.flag("under_graded")))
			.sorted(Comparator.comparing(GradeExplanation::regime))
			.toList();
	}

	private static Map<String, String> figures(SourceDocument grade) {
		Map<String, String> figures = grade.strings("figures");
		return figures.isEmpty() ? Map.of() : figures;
	}

}
