package dev.watchtower.ingestion.incident;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.watchtower.ingestion.classification.DataLevel;
import dev.watchtower.ingestion.classification.IncidentCause;
import dev.watchtower.ingestion.classification.IncidentLevel;
import dev.watchtower.ingestion.filing.FilingHeaderReader;
import dev.watchtower.ingestion.filing.FilingTree;
import dev.watchtower.ingestion.filing.Regime;
import dev.watchtower.ingestion.validation.Findings;
import dev.watchtower.ingestion.validation.Rule;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks the business rules of an incident report (time order, FINAL needs recoveredAt,
 * USCC, provinces, CVE syntax) and reads a report that passed every check into the model.
 */
public final class IncidentReportReader {

	private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,19}");

	private IncidentReportReader() {
	}

	/**
	 * Records a finding for every business rule the report breaks. Fields that already
	 * have a (schema) finding are skipped.
	 * @param tree the report
	 * @param findings where findings go
	 */
	public static void check(FilingTree tree, Findings findings) {
		FilingHeaderReader.check(tree, findings);
		FilingHeaderReader.checkProvinces(tree, "impact.provincesAffected", findings);
		checkTimeOrder(tree, findings);
		if ("FINAL".equals(tree.text("stage")) && !tree.has("recoveredAt")) {
			findings.add(Rule.FINAL_WITHOUT_RECOVERY, "recoveredAt", null);
		}
		List<JsonNode> cves = tree.items("cves");
		for (int i = 0; i < cves.size(); i++) {
			JsonNode cve = cves.get(i);
			String path = "cves[" + i + "]";
			if (cve.isString() && !findings.touches(path) && !CVE.matcher(cve.stringValue()).matches()) {
				findings.add(Rule.CVE_SYNTAX, path, cve.stringValue());
			}
		}
	}

	private static void checkTimeOrder(FilingTree tree, Findings findings) {
		OffsetDateTime occurred = tree.time("occurredAt");
		OffsetDateTime detected = tree.time("detectedAt");
		OffsetDateTime reported = tree.time("reportedAt");
		OffsetDateTime recovered = tree.time("recoveredAt");
		if (occurred != null && detected != null && detected.isBefore(occurred)) {
			findings.add(Rule.TIME_DETECTED_BEFORE_OCCURRED, "detectedAt", detected, occurred);
		}
		if (detected != null && reported != null && reported.isBefore(detected)) {
			findings.add(Rule.TIME_REPORTED_BEFORE_DETECTED, "reportedAt", reported, detected);
		}
		if (recovered != null && occurred != null && recovered.isBefore(occurred)) {
			findings.add(Rule.TIME_RECOVERED_BEFORE_OCCURRED, "recoveredAt", recovered, occurred);
		}
		if (recovered != null && reported != null && recovered.isAfter(reported)) {
			findings.add(Rule.TIME_RECOVERED_AFTER_REPORTED, "recoveredAt", recovered, reported);
		}
	}

	/**
	 * Reads a report that passed the schema and {@link #check(FilingTree, Findings)}.
	 * @param tree the report
	 * @return the report in its stage
	 */
	public static IncidentReport read(FilingTree tree) {
		Set<Regime> regimes = EnumSet.noneOf(Regime.class);
		for (String regime : tree.texts("regimes")) {
			regimes.add(Regime.valueOf(regime));
		}
		IncidentFacts facts = new IncidentFacts(FilingHeaderReader.required(tree.text("incidentId"), "incidentId"),
				regimes, FilingHeaderReader.time(tree, "occurredAt"), FilingHeaderReader.time(tree, "detectedAt"),
				FilingHeaderReader.required(tree.text("category"), "category"), tree.text("subcategory"),
				FilingHeaderReader.required(tree.enumValue("cause", IncidentCause.class), "cause"),
				FilingHeaderReader.required(tree.enumValue("selfAssessedLevel", IncidentLevel.class),
						"selfAssessedLevel"),
				impact(tree), tree.texts("vendors"), tree.texts("cves"),
				FilingHeaderReader.required(tree.text("title"), "title"),
				FilingHeaderReader.required(tree.text("narrative"), "narrative"), tree.text("measures"),
				new Contact(tree.text("contact.name"), tree.text("contact.phone"), tree.text("contact.idNumber")));
		ReportStage stage = FilingHeaderReader.required(tree.enumValue("stage", ReportStage.class), "stage");
		@Nullable OffsetDateTime recovered = tree.time("recoveredAt");
		return IncidentReport.of(stage, FilingHeaderReader.read(tree), facts, recovered);
	}

	private static Impact impact(FilingTree tree) {
		return new Impact(tree.whole("impact.outageMinutes"), tree.flag("impact.peakHours"),
				tree.texts("impact.provincesAffected"), tree.whole("impact.personsAffected"),
				tree.whole("impact.organizationsAffected"), tree.whole("impact.personalRecordsLeaked"),
				tree.whole("impact.sensitiveRecordsLeaked"), tree.enumValue("impact.dataLevel", DataLevel.class),
				tree.decimal("impact.economicLossYuan"), tree.whole("impact.servesPersons"),
				tree.flag("impact.financialInfrastructure"), tree.flag("impact.paymentCritical"),
				tree.texts("impact.systemsAffected"));
	}

}
